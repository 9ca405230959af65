"""Admin views for instructors and programme managers (wired in wagtail_hooks)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import selectors, services
from .forms import CourseStaffForm, CourseStaffRemoveForm, PackageImportForm

MANAGE_STAFF = "courses.add_coursestaff"


class CoverageView(WagtailAdminTemplateMixin, TemplateView):
    """Which MOSAIC modules and provisions each course covers, and which none does."""

    page_title = _("Curriculum coverage")
    header_icon = "table"
    template_name = "courses/admin/coverage.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["coverage"] = selectors.coverage_report()
        return context


class CourseStaffView(WagtailAdminTemplateMixin, TemplateView):
    """A course's instructors and graders. Its staff may look; programme
    managers and site admins add and remove. Other people: 404."""

    page_title = _("Course staff")
    header_icon = "group"
    template_name = "courses/admin/course_staff.html"

    def dispatch(self, request, *args, **kwargs):
        self.course = selectors.course_for_staff_view(
            user=request.user, course_id=kwargs["course_id"]
        )
        if self.course is None:
            raise Http404
        self.can_manage = request.user.has_perm(MANAGE_STAFF)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.course.title

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        kwargs.setdefault(
            "form",
            CourseStaffForm(candidates=selectors.course_staff_candidates())
            if self.can_manage
            else None,
        )
        return super().get_context_data(
            course=self.course,
            staff=selectors.course_staff_list(course=self.course),
            can_manage=self.can_manage,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not self.can_manage:
            raise PermissionDenied
        if "remove" in request.POST:
            return self._remove(request)
        form = CourseStaffForm(
            request.POST, candidates=selectors.course_staff_candidates()
        )
        if form.is_valid():
            try:
                services.course_staff_add(
                    course=self.course,
                    user=form.cleaned_data["user"],
                    role=form.cleaned_data["role"],
                )
            except services.CourseStaffError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    gettext("%(person)s is now on the staff of %(course)s.")
                    % {"person": form.cleaned_data["user"], "course": self.course},
                )
                return redirect(request.path)
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def _remove(self, request):
        form = CourseStaffRemoveForm(
            request.POST,
            staff_user_ids=selectors.course_staff_list(course=self.course).values(
                "user_id"
            ),
        )
        if not form.is_valid():
            messages.error(request, gettext("That person is not on this course."))
            return redirect(request.path)
        services.course_staff_remove(course=self.course, user=form.cleaned_data["user"])
        messages.success(
            request,
            gettext("%(person)s is no longer on the staff of %(course)s.")
            % {"person": form.cleaned_data["user"], "course": self.course},
        )
        return redirect(request.path)


# Course packages: managers import and export whole courses.

MANAGE_PACKAGES = MANAGE_STAFF  # programme managers and site admins


class PackagesView(WagtailAdminTemplateMixin, TemplateView):
    """Import a course package (zip) and download courses as packages.

    A package with any problem is refused with every problem listed, and
    nothing is written."""

    page_title = _("Course packages")
    header_icon = "download"
    template_name = "courses/admin/packages.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(MANAGE_PACKAGES):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", PackageImportForm())
        return super().get_context_data(courses=selectors.source_courses(), **kwargs)

    def post(self, request, *args, **kwargs):
        from .packages.imports import packages_import
        from .packages.parse import PackageError, package_files

        form = PackageImportForm(request.POST, request.FILES)
        problems = []
        if form.is_valid():
            upload = form.cleaned_data["package"]
            try:
                files = package_files(upload.read())
                courses = packages_import(
                    [(upload.name, files)], uploaded_by=request.user
                )
            except PackageError as error:
                problems = [str(problem) for problem in error.problems]
            else:
                messages.success(
                    request,
                    gettext("Imported %(courses)s.")
                    % {"courses": ", ".join(course.title for course in courses)},
                )
                return redirect(request.path)
        return self.render_to_response(
            self.get_context_data(form=form, problems=problems), status=400
        )


class PackageExportView(View):
    """A course as a package (zip), for managers."""

    def get(self, request, course_id):
        from .packages.export import course_export, package_zip

        if not request.user.has_perm(MANAGE_PACKAGES):
            raise PermissionDenied
        course = selectors.source_courses().filter(pk=course_id).first()
        if course is None:
            raise Http404
        files, _notes = course_export(course)
        response = HttpResponse(package_zip(files), content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{course.slug}.zip"'
        return response
