from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin import ReadOnlyPolicy, SubmissionsGroup
from .models import OfferProposal

register_permission_policy(OfferProposal, ReadOnlyPolicy(OfferProposal))


@hooks.register("register_admin_viewset")
def register_viewsets():
    return SubmissionsGroup()
