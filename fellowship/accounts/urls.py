from django.urls import path, re_path

from . import views

urlpatterns = [
    path("profile/", views.profile_edit, name="profile_edit"),
    path("notifications/", views.notifications, name="notifications"),
]

# Placed before Wagtail's admin URLs: its login and password-reset addresses
# lead to allauth instead of signing anyone in.
admin_urlpatterns = [
    path("login/", views.admin_login, name="admin_login_redirect"),
    re_path(
        r"^password_reset/", views.admin_password_reset, name="admin_password_reset"
    ),
]

# Placed before Wagtail's front-end URLs (under the language prefix): its login
# for private pages leads to allauth's login.
site_urlpatterns = [
    path("_util/login/", views.site_login, name="site_login_redirect"),
]
