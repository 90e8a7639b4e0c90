"""The public forms' views: plain Django views, without JavaScript, that never lose what a person typed."""

import logging

from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views import View

from wagtail.models import Site

from home.models import NetworkSettings

from . import antispam, services
from .forms import OfferProposalForm, WishForm

logger = logging.getLogger(__name__)


class SubmissionView(View):
    """GET shows the form; POST checks for bots and floods, then stores and redirects to the thank-you page."""

    form_class = None
    form_name = ""
    template_name = ""
    thanks_url_name = ""
    heading = intro = submit_label = ""

    def get(self, request):
        return self.render(self.form_class(), antispam.make_token(self.form_name))

    def post(self, request):
        form = self.form_class(request.POST)
        token = request.POST.get(antispam.TOKEN_FIELD, "")
        if antispam.token_start(self.form_name, token) is None:
            token = antispam.make_token(self.form_name)
        if antispam.rate_limited(self.form_name, request):
            return self.render(form, token, status=429, rate_limited=True)
        if antispam.honeypot_filled(request.POST):
            antispam.count_submission(self.form_name, request)
            # Pretend success: a bot that learns nothing does not adapt.
            return redirect(self.thanks_url_name)
        if not form.is_valid():
            # Mistakes are shown however fast the form came back: nothing is stored either way.
            return self.render(form, token)
        if not antispam.filled_in_time(self.form_name, request.POST.get(antispam.TOKEN_FIELD)):
            antispam.count_submission(self.form_name, request)
            return self.render(form, token, check_again=True)
        antispam.count_submission(self.form_name, request)
        site = Site.find_for_request(request)
        try:
            self.store(form.cleaned_data, NetworkSettings.for_site(site) if site else None)
        except ValidationError:
            # The model refused what the form let through: nothing was stored, so say so and keep the input.
            logger.exception("A valid %s submission failed the model's validation", self.form_name)
            form.add_error(None, _("Sorry, we could not save your entries. Please check them or call us."))
            return self.render(form, token)
        return redirect(self.thanks_url_name)

    def store(self, data, network):
        raise NotImplementedError

    def render(self, form, token, status=200, **context):
        context.update(form=form, token=token, token_field=antispam.TOKEN_FIELD,
                       honeypot_field=antispam.HONEYPOT_FIELD,
                       heading=self.heading, intro=self.intro, submit_label=self.submit_label)
        return TemplateResponse(self.request, self.template_name, context, status=status)


class OfferProposalView(SubmissionView):
    form_class = OfferProposalForm
    form_name = "angebot-melden"
    template_name = "submissions/offer_proposal_form.html"
    thanks_url_name = "submissions:offer_proposal_thanks"
    heading = _("Propose an offer")
    intro = _("Your club or group runs an offer against loneliness? Tell us about it. We check it and then publish "
              "it on this website.")
    submit_label = _("Send proposal")

    def dispatch(self, request, *args, **kwargs):
        if services.offer_index() is None:
            # Without a directory there is nowhere to put the draft; say so instead of failing.
            return TemplateResponse(request, "submissions/unavailable.html", status=503)
        return super().dispatch(request, *args, **kwargs)

    def store(self, data, network):
        services.propose_offer(data, network)


class WishView(SubmissionView):
    form_class = WishForm
    form_name = "angebot-wuenschen"
    template_name = "submissions/wish_form.html"
    thanks_url_name = "submissions:wish_thanks"
    heading = _("Wish for an offer")
    intro = _("Is there something you are missing near you? Tell us which offer would help you or someone you "
              "know. We collect the wishes and look for partners who can make them happen.")
    submit_label = _("Send wish")

    def store(self, data, network):
        services.record_wish(data, network)
