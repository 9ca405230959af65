"""Rows for the programme, certificates, users, groups and Wagtail's
built-ins (pages, images and the rest of the curriculum are in curriculum.py).

Columns: anonymous, fellow, focal point, instructor not on the course's
staff, instructor on it, manager assigned to no cohort, manager assigned to
the cohort, site admin. "_in" objects belong to the cohort (and its course)
that the assigned manager runs; "_out" objects to another one. 302 for staff
is Wagtail's refusal (to the admin home); 403 is the refusal of people
without admin access; 404 is an object outside the person's scope, or one
that does not exist ("missing").
"""

from . import REVISION, R  # noqa: F401

ROWS = {
    "wagtailadmin_home": R(None, "302 403 403 200 200 200 200 200"),
    "<unnamed admin/test404/>": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailadmin_api:pages:listing": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailadmin_api:pages:detail": R("missing", "302 403 403 404 404 404 404 404"),
    "wagtailadmin_api:pages:find": R(None, "302 403 403 404 404 404 404 404"),
    "wagtailadmin_api:pages:action": R(
        "missing", "302 403 403 405 405 405 405 405", action_name="approve"
    ),
    "wagtailadmin_api:documents:listing": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailadmin_api:documents:detail": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailadmin_api:documents:find": R(None, "302 403 403 404 404 404 404 404"),
    "wagtailadmin_api:images:listing": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailadmin_api:images:detail": R("missing", "302 403 403 404 404 404 404 404"),
    "wagtailadmin_api:images:find": R(None, "302 403 403 404 404 404 404 404"),
    "wagtailadmin_error_test": R(None, "302 403 403 500 500 500 500 500"),
    "wagtail_bulk_action": R(
        "missing",
        "302 403 403 404 404 404 404 404",
        app_label="wagtailcore",
        model_name="page",
        action="delete",
    ),
    "wagtailadmin_tag_autocomplete": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailadmin_tag_model_autocomplete": R(
        "missing",
        "302 403 403 200 200 200 200 200",
        app_name="taggit",
        model_name="tag",
    ),
    "wagtailadmin_collections:index": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailadmin_collections:add": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailadmin_collections:edit": R("collection", "302 403 403 302 302 302 302 404"),
    "wagtailadmin_collections:delete": R(
        "collection", "302 403 403 404 404 404 404 404"
    ),
    "wagtailadmin_collections:set_privacy": R(
        "collection", "302 403 403 302 302 302 302 200"
    ),
    "wagtailadmin_workflows:index": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailadmin_workflows:index_results": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailadmin_workflows:add": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailadmin_workflows:enable": R("missing", "302 403 403 405 405 405 405 405"),
    "wagtailadmin_workflows:disable": R("missing", "302 403 403 404 404 404 404 404"),
    "wagtailadmin_workflows:edit": R("missing", "302 403 403 302 302 302 302 404"),
    "wagtailadmin_workflows:usage": R("missing", "302 403 403 404 404 404 404 404"),
    "wagtailadmin_workflows:usage_results": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailadmin_workflows:remove": R(
        "page_in",
        "302 403 403 405 405 405 405 405",
        out="page_out",
        out_expect="302 403 403 405 405 405 405 405",
    ),
    "wagtailadmin_workflows:add_task": R(
        "missing",
        "302 403 403 302 302 302 302 200",
        app_label="wagtailcore",
        model_name="groupapprovaltask",
    ),
    "wagtailadmin_workflows:select_task_type": R(
        None, "302 403 403 302 302 302 302 302"
    ),
    "wagtailadmin_workflows:task_index": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailadmin_workflows:task_index_results": R(
        None, "302 403 403 302 302 302 302 200"
    ),
    "wagtailadmin_workflows:edit_task": R("missing", "302 403 403 404 404 404 404 404"),
    "wagtailadmin_workflows:disable_task": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailadmin_workflows:enable_task": R(
        "missing", "302 403 403 405 405 405 405 405"
    ),
    "wagtailadmin_workflows:task_chooser": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailadmin_workflows:task_chooser_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailadmin_workflows:task_chooser_create": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailadmin_workflows:task_chosen": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailadmin_reports:locked_pages": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailadmin_reports:locked_pages_results": R(
        None, "302 403 403 302 302 302 302 200"
    ),
    "wagtailadmin_reports:workflow": R(None, "302 403 403 302 200 200 200 200"),
    "wagtailadmin_reports:workflow_results": R(None, "302 403 403 302 200 200 200 200"),
    "wagtailadmin_reports:workflow_tasks": R(None, "302 403 403 302 200 200 200 200"),
    "wagtailadmin_reports:workflow_tasks_results": R(
        None, "302 403 403 302 200 200 200 200"
    ),
    # Site history is not scoped by cohort or course: site admins only.
    "wagtailadmin_reports:site_history": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailadmin_reports:site_history_results": R(
        None, "302 403 403 302 302 302 302 200"
    ),
    "wagtailadmin_reports:aging_pages": R(None, "302 403 403 302 200 200 200 200"),
    "wagtailadmin_reports:aging_pages_results": R(
        None, "302 403 403 302 200 200 200 200"
    ),
    "wagtailadmin_reports:page_types_usage": R(None, "302 403 403 302 200 200 200 200"),
    "wagtailadmin_reports:page_types_usage_results": R(
        None, "302 403 403 302 200 200 200 200"
    ),
    "wagtailadmin_account": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailadmin_logout": R(None, "302 403 403 405 405 405 405 405"),
    "wagtailadmin_dismissibles": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailadmin_editing_sessions:ping": R(
        "missing",
        "302 403 403 405 405 405 405 405",
        app_label="wagtailcore",
        model_name="page",
        object_id="PAGE",
        session_id=999999,
    ),
    "wagtailadmin_editing_sessions:release": R(
        "missing", "302 403 403 405 405 405 405 405"
    ),
    "wagtailadmin_block_preview": R(None, "302 403 403 404 404 404 404 404"),
    "certificates_admin_issue": R(None, "302 403 403 302 302 200 200 200"),
    "certificates_admin_revoke": R(
        "certificate_in",
        "302 403 403 404 404 404 200 200",
        out="certificate_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "certificates_admin_reissue": R(
        "certificate_in",
        "302 403 403 404 404 404 200 200",
        out="certificate_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "wagtail_localize:javascript_catalog": R(None, "302 403 403 200 200 200 200 200"),
    "wagtail_localize:submit_page_translation": R(
        "page_in",
        "302 403 403 200 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 200 200 200 200 200",
    ),
    "wagtail_localize:submit_snippet_translation": R(
        "missing",
        "302 403 403 404 404 404 404 404",
        app_label="content",
        model_name="instrument",
        pk="INSTRUMENT",
    ),
    "wagtail_localize:update_translations": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtail_localize:edit_string_translation": R(
        "missing", "302 403 403 405 405 405 405 405"
    ),
    "wagtail_localize:edit_override": R("missing", "302 403 403 405 405 405 405 405"),
    "wagtail_localize:download_pofile": R("missing", "302 403 403 404 404 404 404 404"),
    "wagtail_localize:upload_pofile": R("missing", "302 403 403 405 405 405 405 405"),
    "wagtail_localize:machine_translate": R(
        "missing", "302 403 403 405 405 405 405 405"
    ),
    "wagtail_localize:preview_translation": R(
        "missing", "302 403 403 404 404 404 404 404", mode="desktop"
    ),
    "wagtail_localize:stop_translation": R(
        "missing", "302 403 403 405 405 405 405 405"
    ),
    "wagtail_localize:convert_to_alias": R(
        "page_in",
        "302 403 403 302 404 404 404 404",
        out="page_out",
        out_expect="302 403 403 302 302 404 404 404",
    ),
    "wagtail_localize:translations_report": R(None, "302 403 403 200 200 200 200 200"),
    "wagtail_localize:snippets_api_listing": R(
        "missing",
        "302 403 403 200 200 200 200 200",
        app_label="content",
        model_name="instrument",
    ),
    "wagtail_localize:snippets_api_detail": R(
        "missing",
        "302 403 403 200 200 200 200 200",
        app_label="content",
        model_name="instrument",
        pk="INSTRUMENT",
    ),
    "wagtail_localize:translations_report_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailforms:index": R(None, "302 403 403 302 200 200 200 200"),
    "wagtailforms:index_results": R(None, "302 403 403 302 200 200 200 200"),
    "wagtailforms:list_submissions": R(
        "page_in",
        "302 403 403 404 404 404 404 404",
        out="page_out",
        out_expect="302 403 403 404 404 404 404 404",
    ),
    "wagtailforms:list_submissions_results": R(
        "page_in",
        "302 403 403 404 404 404 404 404",
        out="page_out",
        out_expect="302 403 403 404 404 404 404 404",
    ),
    "wagtailforms:delete_submissions": R(
        "page_in",
        "302 403 403 302 302 302 302 302",
        out="page_out",
        out_expect="302 403 403 302 302 302 302 302",
    ),
    "wagtailredirects:index": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailredirects:index_results": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailredirects:add": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailredirects:edit": R("missing", "302 403 403 302 302 302 302 404"),
    "wagtailredirects:delete": R("missing", "302 403 403 404 404 404 404 404"),
    "wagtailredirects:start_import": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailredirects:process_import": R(None, "302 403 403 302 302 302 302 405"),
    "wagtailsettings:edit": R(
        "missing",
        "302 403 403 404 404 404 404 404",
        app_name="wagtailcore",
        model_name="site",
    ),
    "wagtailsettings:preview_on_edit": R(
        "missing",
        "302 403 403 404 404 404 404 404",
        app_name="wagtailcore",
        model_name="site",
        pk=999999,
    ),
    "wagtailembeds:chooser": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailembeds:chooser_upload": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailsnippets:index": R(None, "302 403 403 302 302 200 200 200"),
    "wagtailsnippets_certificates_certificatetemplate:list": R(
        None, "302 403 403 302 302 200 200 200"
    ),
    "wagtailsnippets_certificates_certificatetemplate:list_results": R(
        None, "302 403 403 302 302 200 200 200"
    ),
    "wagtailsnippets_certificates_certificatetemplate:add": R(
        None, "302 403 403 302 302 200 200 200"
    ),
    "wagtailsnippets_certificates_certificatetemplate:edit": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_certificates_certificatetemplate:delete": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_certificates_certificatetemplate:usage": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_certificates_certificatetemplate:history": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_certificates_certificatetemplate:history_results": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_certificates_certificatetemplate:copy": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_certificates_certificatetemplate:choose": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_certificates_certificatetemplate:choose_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_certificates_certificatetemplate:chosen": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_certificates_certificatetemplate:chosen_multiple": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_certificates_certificatetemplate:create": R(
        None, "302 403 403 302 302 200 200 200"
    ),
    "programme:index": R(None, "302 403 403 302 302 200 200 200"),
    "programme:dashboard": R(
        "cohort_in",
        "302 403 403 302 302 404 200 200",
        out="cohort_out",
        out_expect="302 403 403 302 302 404 404 200",
    ),
    "programme:dashboard_export": R(
        "cohort_in",
        "302 403 403 302 302 404 200 200",
        out="cohort_out",
        out_expect="302 403 403 302 302 404 404 200",
        fmt="csv",
    ),
    "programme:selection": R(
        "cohort_in",
        "302 403 403 302 302 404 200 200",
        out="cohort_out",
        out_expect="302 403 403 302 302 404 404 200",
    ),
    "programme:sessions": R(
        "cohort_in",
        "302 403 403 302 302 404 200 200",
        out="cohort_out",
        out_expect="302 403 403 302 302 404 404 200",
    ),
    "programme:application": R(
        "application_in",
        "302 403 403 302 302 404 200 200",
        out="application_out",
        out_expect="302 403 403 302 302 404 404 200",
    ),
    "programme:membership": R(
        "membership_in",
        "302 403 403 302 302 404 200 200",
        out="membership_out",
        out_expect="302 403 403 302 302 404 404 200",
    ),
    # Writes only: a GET is refused as a method, after the role check.
    "programme:message": R(
        "cohort_in",
        "302 403 403 302 302 405 405 405",
        out="cohort_out",
        out_expect="302 403 403 302 302 405 405 405",
    ),
    "programme:publish": R(
        "cohort_in",
        "302 403 403 302 302 405 405 405",
        out="cohort_out",
        out_expect="302 403 403 302 302 405 405 405",
    ),
    "programme:attendance": R(
        "session_in",
        "302 403 403 302 302 404 200 200",
        out="session_out",
        out_expect="302 403 403 302 302 404 404 200",
    ),
    "programme:report": R(
        "cycle_in",
        "302 403 403 302 302 404 200 200",
        out="cycle_out",
        out_expect="302 403 403 302 302 404 404 200",
    ),
    "programme:report_export": R(
        "cycle_in",
        "302 403 403 302 302 404 200 200",
        out="cycle_out",
        out_expect="302 403 403 302 302 404 404 200",
        fmt="csv",
    ),
    "programme:focal_points": R(None, "302 403 403 302 302 200 200 200"),
    "programme:focal_point_end": R(
        "focal_assignment", "302 403 403 302 302 200 200 200"
    ),
    "cohort:index": R(None, "302 403 403 302 302 200 200 200"),
    "cohort:index_results": R(None, "302 403 403 302 302 200 200 200"),
    "cohort:add": R(None, "302 403 403 302 302 200 200 200"),
    "cohort:edit": R(
        "cohort_in",
        "302 403 403 404 404 404 200 200",
        out="cohort_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "cohort:delete": R(
        "cohort_in",
        "302 403 403 404 404 404 302 200",
        out="cohort_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "cohort:history": R(
        "cohort_in",
        "302 403 403 404 404 404 200 200",
        out="cohort_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "cohort:history_results": R(
        "cohort_in",
        "302 403 403 404 404 404 200 200",
        out="cohort_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "cohort:usage": R(
        "cohort_in",
        "302 403 403 404 404 404 200 200",
        out="cohort_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "cohort:copy": R(
        "cohort_in",
        "302 403 403 404 404 404 200 200",
        out="cohort_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "call:index": R(None, "302 403 403 302 302 200 200 200"),
    "call:index_results": R(None, "302 403 403 302 302 200 200 200"),
    "call:add": R(None, "302 403 403 302 302 200 200 200"),
    "call:edit": R(
        "call_in",
        "302 403 403 404 404 404 200 200",
        out="call_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "call:delete": R(
        "call_in",
        "302 403 403 404 404 404 302 200",
        out="call_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "call:history": R(
        "call_in",
        "302 403 403 404 404 404 200 200",
        out="call_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "call:history_results": R(
        "call_in",
        "302 403 403 404 404 404 200 200",
        out="call_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "call:usage": R(
        "call_in",
        "302 403 403 404 404 404 200 200",
        out="call_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "call:copy": R(
        "call_in",
        "302 403 403 404 404 404 200 200",
        out="call_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "cycle:index": R(None, "302 403 403 302 302 200 200 200"),
    "cycle:index_results": R(None, "302 403 403 302 302 200 200 200"),
    "cycle:add": R(None, "302 403 403 302 302 200 200 200"),
    "cycle:edit": R(
        "cycle_in",
        "302 403 403 404 404 404 200 200",
        out="cycle_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "cycle:delete": R(
        "cycle_in",
        "302 403 403 404 404 404 302 200",
        out="cycle_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "cycle:history": R(
        "cycle_in",
        "302 403 403 404 404 404 200 200",
        out="cycle_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "cycle:history_results": R(
        "cycle_in",
        "302 403 403 404 404 404 200 200",
        out="cycle_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "cycle:usage": R(
        "cycle_in",
        "302 403 403 404 404 404 200 200",
        out="cycle_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "cycle:copy": R(
        "cycle_in",
        "302 403 403 404 404 404 200 200",
        out="cycle_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "certificates_certificate:index": R(None, "302 403 403 302 302 200 200 200"),
    "certificates_certificate:index_results": R(
        None, "302 403 403 302 302 200 200 200"
    ),
    "certificates_certificate:add": R(None, "302 403 403 302 302 302 302 302"),
    "certificates_certificate:edit": R(
        "certificate_in",
        "302 403 403 404 404 404 302 302",
        out="certificate_out",
        out_expect="302 403 403 404 404 404 404 302",
    ),
    "certificates_certificate:delete": R(
        "certificate_in",
        "302 403 403 404 404 404 302 302",
        out="certificate_out",
        out_expect="302 403 403 404 404 404 404 302",
    ),
    "certificates_certificate:history": R(
        "certificate_in",
        "302 403 403 404 404 404 302 302",
        out="certificate_out",
        out_expect="302 403 403 404 404 404 404 302",
    ),
    "certificates_certificate:history_results": R(
        "certificate_in",
        "302 403 403 404 404 404 302 302",
        out="certificate_out",
        out_expect="302 403 403 404 404 404 404 302",
    ),
    "certificates_certificate:usage": R(
        "certificate_in",
        "302 403 403 404 404 404 302 302",
        out="certificate_out",
        out_expect="302 403 403 404 404 404 404 302",
    ),
    "certificates_certificate:inspect": R(
        "certificate_in",
        "302 403 403 404 404 404 200 200",
        out="certificate_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "wagtaillocales:index": R(None, "302 403 403 302 302 302 302 200"),
    "wagtaillocales:index_results": R(None, "302 403 403 302 302 302 302 200"),
    "wagtaillocales:add": R(None, "302 403 403 302 302 302 302 200"),
    "wagtaillocales:edit": R("locale", "302 403 403 302 302 302 302 200"),
    "wagtaillocales:delete": R("locale", "302 403 403 302 302 302 302 200"),
    "wagtaillocales:history": R("locale", "302 403 403 302 302 302 302 200"),
    "wagtaillocales:history_results": R("locale", "302 403 403 302 302 302 302 200"),
    "wagtaillocales:usage": R("locale", "302 403 403 302 302 302 302 200"),
    "wagtaillocales:copy": R("locale", "302 403 403 302 302 302 302 200"),
    "wagtailsites:index": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailsites:index_results": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailsites:add": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailsites:edit": R("site", "302 403 403 302 302 302 302 200"),
    "wagtailsites:delete": R("site", "302 403 403 302 302 302 302 200"),
    "wagtailsites:history": R("site", "302 403 403 302 302 302 302 200"),
    "wagtailsites:history_results": R("site", "302 403 403 302 302 302 302 200"),
    "wagtailsites:usage": R("site", "302 403 403 302 302 302 302 200"),
    "wagtailsites:copy": R("site", "302 403 403 302 302 302 302 200"),
    "wagtailusers_users:index": R(None, "302 403 403 302 302 200 200 200"),
    "wagtailusers_users:index_results": R(None, "302 403 403 302 302 200 200 200"),
    "wagtailusers_users:add": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailusers_users:edit": R(
        "user_in",
        "302 403 403 404 404 404 302 200",
        out="user_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "wagtailusers_users:delete": R(
        "user_in",
        "302 403 403 404 404 404 302 200",
        out="user_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "wagtailusers_users:history": R(
        "user_in",
        "302 403 403 404 404 404 302 200",
        out="user_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "wagtailusers_users:history_results": R(
        "user_in",
        "302 403 403 404 404 404 302 200",
        out="user_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "wagtailusers_users:usage": R(
        "user_in",
        "302 403 403 404 404 404 302 200",
        out="user_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "wagtailusers_users:copy": R(
        "user_in",
        "302 403 403 404 404 404 302 200",
        out="user_out",
        out_expect="302 403 403 404 404 404 404 200",
    ),
    "wagtailusers_groups:index": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailusers_groups:index_results": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailusers_groups:add": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailusers_groups:edit": R("group", "302 403 403 302 302 302 302 200"),
    "wagtailusers_groups:delete": R("group", "302 403 403 302 302 302 302 200"),
    "wagtailusers_groups:history": R("group", "302 403 403 302 302 302 302 200"),
    "wagtailusers_groups:history_results": R(
        "group", "302 403 403 302 302 302 302 200"
    ),
    "wagtailusers_groups:usage": R("group", "302 403 403 302 302 302 302 200"),
    "wagtailadmin_sprite": R(None, "200 403 403 200 200 200 200 200"),
    # Wagtail's own login and password reset lead to allauth's (one door in).
    "wagtailadmin_login": R(None, "302 403 403 302 302 302 302 302"),
    "admin_login_redirect": R(None, "302 403 403 302 302 302 302 302"),
    "admin_password_reset": R(None, "302 403 403 302 302 302 302 302"),
    "wagtailadmin_password_reset": R(None, "302 403 403 302 302 302 302 302"),
    "wagtailadmin_password_reset_done": R(None, "302 403 403 302 302 302 302 302"),
    "wagtailadmin_password_reset_confirm": R(
        "missing", "302 403 403 302 302 302 302 302", uidb64="MQ", token="x-y"
    ),
    "wagtailadmin_password_reset_complete": R(None, "302 403 403 302 302 302 302 302"),
    "wagtailadmin_javascript_catalog": R(None, "200 403 403 200 200 200 200 200"),
    "<unnamed admin/^.*/$>": R(None, "302 403 403 404 404 404 404 404"),
}
