"""Page permission rules beyond Wagtail's defaults: only those who may publish may delete or move pages."""

from wagtail.models import PagePermissionTester


class EditorialPagePermissionTester(PagePermissionTester):
    """Wagtail lets editors delete and move their unpublished drafts; here that takes publish permission."""

    def can_delete(self, ignore_bulk=False):
        if self.user.is_active and not self.user.is_superuser and "publish" not in self.permissions:
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)
