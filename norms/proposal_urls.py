"""/norms/proposals/: accepted answers proposed as updates to the country guides. Included
from the project's URLs before /norms/, whose country pages would otherwise match."""

from django.urls import path

from . import proposal_views

app_name = "norm_proposals"

urlpatterns = [
    path("answer/<int:answer>/", proposal_views.proposal_create, name="propose"),
    path("<int:pk>/decide/", proposal_views.proposal_decide, name="decide"),
    path("<str:country>/", proposal_views.proposal_list, name="list"),
]
