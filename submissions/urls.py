from django.urls import path
from django.views.generic import TemplateView

from . import views

app_name = "submissions"

urlpatterns = [
    path("angebot-melden/", views.OfferProposalView.as_view(), name="offer_proposal"),
    path("angebot-melden/danke/", TemplateView.as_view(template_name="submissions/offer_proposal_thanks.html"),
         name="offer_proposal_thanks"),
    path("angebot-wuenschen/", views.WishView.as_view(), name="wish"),
    path("angebot-wuenschen/danke/", TemplateView.as_view(template_name="submissions/wish_thanks.html"),
         name="wish_thanks"),
]
