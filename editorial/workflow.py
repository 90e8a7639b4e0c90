"""The moderation workflow "Redaktionelle Prüfung": one approval step by the moderation group."""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowContentType, WorkflowPage, WorkflowTask
from wagtail.snippets.models import get_workflow_enabled_models

WORKFLOW_NAME = "Redaktionelle Prüfung"
TASK_NAME = "Freigabe durch die Moderation"
# Wagtail's migrations assign this one to the root page; ours replaces it there, an operator's own choice stays.
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def ensure_workflow(moderation_group):
    """Create the workflow and its approval task, and apply it to every page and workflow-enabled snippet."""
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    elif not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.add(moderation_group)

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    elif not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    root = Page.get_first_root_node()
    if root is not None:
        # On the root page it covers every site's home page and every page type beneath it.
        current = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
        if current is None or current.workflow.name == WAGTAIL_DEFAULT_WORKFLOW or not current.workflow.active:
            WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    for model in get_workflow_enabled_models():
        WorkflowContentType.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
        )
    return workflow
