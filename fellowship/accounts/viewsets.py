from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .admin_scope import ScopedViewSetMixin
from .forms import AdminUserCreationForm, AdminUserEditForm
from .visibility import users_in_scope


class UserViewSet(ScopedViewSetMixin, WagtailUserViewSet):
    """Wagtail's user admin, limited to the people a person may see
    (`visibility.users_in_scope`): a programme manager holds
    `accounts.view_user`, yet lists and opens only the people of their own
    cohorts and the holders of staff roles; anyone else is a 404."""

    def scope(self, user):
        return users_in_scope(user=user)

    def get_form_class(self, for_update=False):
        return AdminUserEditForm if for_update else AdminUserCreationForm
