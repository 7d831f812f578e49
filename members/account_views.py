"""A member's rights over their own data: download it all, or delete the account.

Both pages are for the signed-in member and only ever about their own account; a member
whose address is not confirmed yet may use them too."""

import json

from allauth.account.adapter import get_adapter as get_account_adapter
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from recruitcommunity.forms import posted_data

from .account_forms import AccountDeleteForm
from .data_export import SECTIONS, member_data_export
from .services import AccountDeletionError, account_delete, groups_owned_by


def export_filename(member):
    return f"recruitcommunity-{member.username}.json"


@login_required
@require_http_methods(["GET", "POST"])
def account_data(request):
    """GET explains what the download holds; POST downloads it."""
    if request.method == "POST":
        document = json.dumps(
            member_data_export(request.user),
            cls=DjangoJSONEncoder,
            ensure_ascii=False,
            indent=2,
        )
        response = HttpResponse(document, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{export_filename(request.user)}"'
        response["Cache-Control"] = "no-store"
        return response
    return render(request, "members/account_data.html", {"sections": SECTIONS})


@login_required
@require_http_methods(["GET", "POST"])
def account_delete_confirm(request):
    member = request.user
    form = AccountDeleteForm(posted_data(request), member=member)
    owned_groups = list(groups_owned_by(member))
    if request.method == "POST" and form.is_valid():
        try:
            account_delete(member=member)
        except AccountDeletionError as error:
            form.add_error(None, error.message)
        else:
            get_account_adapter(request).logout(request)
            messages.success(
                request,
                _("Your account has been deleted. Your posts stay, signed “former member”."),
            )
            return redirect("home")
    return render(
        request,
        "members/account_delete.html",
        {"form": form, "owned_groups": owned_groups},
    )
