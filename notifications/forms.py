from django import forms

from .models import NotificationPreference


class NotificationPreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = [*NotificationPreference.EMAIL_FIELDS, "daily_digest"]
