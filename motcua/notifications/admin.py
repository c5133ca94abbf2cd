from __future__ import annotations

from django.contrib import admin

from motcua.notifications.models import AccountVerification, Notification


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["dossier", "channel", "recipient", "status", "attempts", "sent_at"]
    list_filter = ["status", "channel"]
    search_fields = ["dossier__code", "recipient"]
    readonly_fields = [f.name for f in Notification._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(AccountVerification)
class AccountVerificationAdmin(admin.ModelAdmin):
    list_display = ["user", "channel", "destination", "verified_at"]
    search_fields = ["user__username", "destination"]
    readonly_fields = ["user", "channel", "destination", "verified_at", "created_at"]
