"""Rows for the curriculum: pages, assessments, H5P, references, images and
documents. Same columns and conventions as programme.py.

Course-scoped objects (a course's pages, question banks, questions and
quizzes, and the grading, item analysis and GIFT tools keyed by them) answer
404 to an instructor who is not on the course's staff, and the "_out"
course's objects answer 404 to both instructors.
"""
# Pages follow Wagtail's own page permissions, given per course subtree
# (docs/decisions/0009-course-staff.md): an instructor who may not act on a
# page gets Wagtail's refusal, a redirect to the admin home with a message
# (302), as for any staff member without a permission; the objects of the
# project's own models answer 404 outside the person's scope.

from . import REVISION, R  # noqa: F401

ROWS = {
    "wagtailadmin_explore_root": R(None, "302 403 403 302 302 200 200 200"),
    "wagtailadmin_explore": R(
        "page_in",
        "302 403 403 302 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
    "wagtailadmin_explore_results": R(
        "page_in",
        "302 403 403 302 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
    "wagtailadmin_pages:add": R(
        "page_in",
        "302 403 403 302 302 302 302 302",
        out="page_out",
        out_expect="302 403 403 302 302 302 302 302",
    ),
    "wagtailadmin_pages:preview_on_add": R(
        "page_in",
        "302 403 403 302 302 302 302 302",
        out="page_out",
        out_expect="302 403 403 302 302 302 302 302",
    ),
    # Keyed by the page type, not by a page: not scoped to a course.
    "wagtailadmin_pages:type_use": R("page_in", "302 403 403 302 200 200 200 200"),
    # Keyed by the page type, not by a page: not scoped to a course.
    "wagtailadmin_pages:choose_parent": R("page_in", "302 403 403 200 302 200 200 200"),
    # Keyed by the page type, not by a page: not scoped to a course.
    "wagtailadmin_pages:type_use_results": R(
        "page_in", "302 403 403 302 200 200 200 200"
    ),
    "wagtailadmin_pages:usage": R(
        "page_in",
        "302 403 403 302 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
    "wagtailadmin_pages:edit": R(
        "page_in",
        "302 403 403 302 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
    "wagtailadmin_pages:preview_on_edit": R(
        "page_in",
        "302 403 403 302 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
    "wagtailadmin_pages:view_draft": R(
        "page_in",
        "302 403 403 302 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
    "wagtailadmin_pages:add_subpage": R(
        "page_in",
        "302 403 403 302 302 302 302 302",
        out="page_out",
        out_expect="302 403 403 302 302 302 302 302",
    ),
    "wagtailadmin_pages:delete": R(
        "page_in",
        "302 403 403 302 302 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
    "wagtailadmin_pages:unpublish": R(
        "page_in",
        "302 403 403 302 302 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
    "wagtailadmin_pages:convert_alias": R(
        "page_in",
        "302 403 403 404 404 404 404 404",
        out="page_out",
        out_expect="302 403 403 404 404 404 404 404",
    ),
    "wagtailadmin_pages:search": R(None, "302 403 403 302 200 200 200 200"),
    "wagtailadmin_pages:search_results": R(None, "302 403 403 302 200 200 200 200"),
    "wagtailadmin_pages:move": R(
        "page_in",
        "302 403 403 302 302 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
    "wagtailadmin_pages:move_confirm": R(
        "page_in",
        "302 403 403 200 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 200 200 200 200 200",
    ),
    "wagtailadmin_pages:set_page_position": R(
        "page_in",
        "302 403 403 405 405 405 405 405",
        out="page_out",
        out_expect="302 403 403 405 405 405 405 405",
    ),
    "wagtailadmin_pages:copy": R(
        "page_in",
        "302 403 403 302 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
    "wagtailadmin_pages:workflow_action": R(
        "page_in",
        "302 403 403 404 404 404 404 404",
        out="page_out",
        out_expect="302 403 403 404 404 404 404 404",
        action_name="approve",
    ),
    "wagtailadmin_pages:collect_workflow_action_data": R(
        "page_in",
        "302 403 403 404 404 404 404 404",
        out="page_out",
        out_expect="302 403 403 404 404 404 404 404",
        action_name="approve",
    ),
    "wagtailadmin_pages:confirm_workflow_cancellation": R(
        "page_in",
        "302 403 403 200 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 200 200 200 200 200",
    ),
    "wagtailadmin_pages:workflow_preview": R(
        "page_in",
        "302 403 403 404 404 404 404 404",
        out="page_out",
        out_expect="302 403 403 404 404 404 404 404",
    ),
    "wagtailadmin_pages:set_privacy": R(
        "page_in",
        "302 403 403 302 302 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
    "wagtailadmin_pages:lock": R(
        "page_in",
        "302 403 403 405 405 405 405 405",
        out="page_out",
        out_expect="302 403 403 405 405 405 405 405",
    ),
    "wagtailadmin_pages:unlock": R(
        "page_in",
        "302 403 403 405 405 405 405 405",
        out="page_out",
        out_expect="302 403 403 405 405 405 405 405",
    ),
    "wagtailadmin_pages:revisions_index": R(
        "page_in",
        "302 403 403 302 302 302 302 302",
        out="page_out",
        out_expect="302 403 403 302 302 302 302 302",
    ),
    "wagtailadmin_pages:revisions_view": R(
        "page_in",
        "302 403 403 302 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 404 404 404",
        revision_id=REVISION,
    ),
    "wagtailadmin_pages:revisions_revert": R(
        "page_in",
        "302 403 403 302 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 404 404 404 404 404",
        revision_id=REVISION,
    ),
    "wagtailadmin_pages:revisions_unschedule": R(
        "page_in",
        "302 403 403 302 302 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 404 404 404",
        revision_id=REVISION,
    ),
    "wagtailadmin_pages:revisions_compare": R(
        "page_in",
        "302 403 403 302 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
        revision_id_a="earliest",
        revision_id_b="latest",
    ),
    "wagtailadmin_pages:workflow_history": R(
        "page_in",
        "302 403 403 302 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
    "wagtailadmin_pages:workflow_history_detail": R(
        "page_in",
        "302 403 403 302 404 404 404 404",
        out="page_out",
        out_expect="302 403 403 302 302 404 404 404",
    ),
    "wagtailadmin_pages:history": R(
        "page_in",
        "302 403 403 302 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
    "wagtailadmin_pages:history_results": R(
        "page_in",
        "302 403 403 302 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
    "wagtailadmin_choose_page": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailadmin_choose_page_child": R(
        "page_in",
        "302 403 403 200 200 200 200 200",
        out="page_out",
        out_expect="302 403 403 200 200 200 200 200",
    ),
    "wagtailadmin_choose_page_search": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailadmin_choose_page_chosen_multiple": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailadmin_choose_page_external_link": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailadmin_choose_page_email_link": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailadmin_choose_page_phone_link": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailadmin_choose_page_anchor_link": R(None, "302 403 403 200 200 200 200 200"),
    "courses_coverage": R(None, "302 403 403 200 200 200 200 200"),
    "assessments_admin:tools": R(None, "302 403 403 200 200 200 200 200"),
    "assessments_admin:course_banks": R(
        "course_in",
        "302 403 403 404 200 200 200 200",
        out="course_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "assessments_admin:gift_import": R(
        "bank_in",
        "302 403 403 404 200 200 200 200",
        out="bank_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "assessments_admin:gift_export": R(
        "bank_in",
        "302 403 403 404 500 500 500 500",
        out="bank_out",
        out_expect="302 403 403 404 404 500 500 500",
    ),
    "assessments_admin:grading_queue": R(None, "302 403 403 200 200 200 200 200"),
    "assessments_admin:grade_answer": R("missing", "302 403 403 404 404 404 404 404"),
    "assessments_admin:quiz_attempts": R(
        "quiz_in",
        "302 403 403 404 200 200 200 200",
        out="quiz_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "assessments_admin:item_analysis": R(
        "quiz_in",
        "302 403 403 404 200 200 200 200",
        out="quiz_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "assessments_admin:attempt_review": R("missing", "302 403 403 404 404 404 404 404"),
    "assessments_admin:question_regrade": R(
        "question_in",
        "302 403 403 404 200 200 200 200",
        out="question_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    # A question's and a quiz's translations: as editing them.
    "assessments_admin:question_translations": R(
        "question_in",
        "302 403 403 404 200 200 200 200",
        out="question_out",
        out_expect="302 403 403 404 404 200 200 200",
        language="fr",
    ),
    "assessments_admin:quiz_translations": R(
        "quiz_in",
        "302 403 403 404 200 200 200 200",
        out="quiz_out",
        out_expect="302 403 403 404 404 200 200 200",
        language="fr",
    ),
    "assessments_admin:question_preview": R(
        "question_in",
        "302 403 403 404 200 200 200 200",
        out="question_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtaildocs:index": R(None, "302 403 403 302 302 302 302 200"),
    "wagtaildocs:index_results": R(None, "302 403 403 302 302 302 302 200"),
    "wagtaildocs:add": R(None, "302 403 403 302 302 302 302 200"),
    "wagtaildocs:edit": R("document", "302 403 403 302 302 302 302 200"),
    "wagtaildocs:delete": R("document", "302 403 403 302 302 302 302 200"),
    "wagtaildocs:add_multiple": R(None, "302 403 403 302 302 302 302 200"),
    "wagtaildocs:edit_multiple": R("document", "302 403 403 405 405 405 405 405"),
    "wagtaildocs:create_multiple_from_uploaded_document": R(
        "document", "302 403 403 405 405 405 405 405"
    ),
    "wagtaildocs:delete_multiple": R("document", "302 403 403 405 405 405 405 405"),
    "wagtaildocs:delete_upload_multiple": R(
        "document", "302 403 403 405 405 405 405 405"
    ),
    "wagtaildocs:document_usage": R("document", "302 403 403 302 302 302 302 200"),
    "wagtailimages:index": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailimages:index_results": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailimages:edit": R("image", "302 403 403 302 302 302 302 200"),
    "wagtailimages:delete": R("image", "302 403 403 302 302 302 302 200"),
    "wagtailimages:url_generator": R("image", "302 403 403 302 302 302 302 404"),
    "wagtailimages:url_generator_output": R("image", "302 403 403 302 302 302 302 404"),
    "wagtailimages:preview": R(
        "image", "302 403 403 302 302 302 302 200", filter_spec="original"
    ),
    "wagtailimages:add": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailimages:image_usage": R("image", "302 403 403 302 302 302 302 200"),
    "wagtailimages:add_multiple": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailimages:edit_multiple": R("image", "302 403 403 405 405 405 405 405"),
    "wagtailimages:create_multiple_from_uploaded_image": R(
        "image", "302 403 403 405 405 405 405 405"
    ),
    "wagtailimages:delete_multiple": R("image", "302 403 403 405 405 405 405 405"),
    "wagtailimages:delete_upload_multiple": R(
        "image", "302 403 403 405 405 405 405 405"
    ),
    "wagtailsnippets_content_instrument:list": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_instrument:list_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_instrument:add": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_instrument:translations": R(
        "instrument", "302 403 403 302 302 302 302 302"
    ),
    "wagtailsnippets_content_instrument:translations_language": R(
        "instrument", "302 403 403 200 200 200 200 200", language="fr"
    ),
    "wagtailsnippets_content_instrument:edit": R(
        "instrument", "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_instrument:delete": R(
        "instrument", "302 403 403 302 302 200 200 200"
    ),
    "wagtailsnippets_content_instrument:usage": R(
        "instrument", "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_instrument:history": R(
        "instrument", "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_instrument:history_results": R(
        "instrument", "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_instrument:copy": R(
        "instrument", "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_content_instrument:choose": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_content_instrument:choose_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_content_instrument:chosen": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_content_instrument:chosen_multiple": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_content_instrument:create": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_provision:list": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_provision:list_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_provision:add": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailsnippets_content_provision:translations": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_provision:translations_language": R(
        "missing", "302 403 403 404 404 404 404 404", language="fr"
    ),
    "wagtailsnippets_content_provision:edit": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_provision:delete": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_provision:usage": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_provision:history": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_provision:history_results": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_provision:copy": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_content_provision:choose": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_content_provision:choose_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_content_provision:chosen": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_content_provision:chosen_multiple": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_content_provision:create": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_mosaicmodule:list": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_mosaicmodule:list_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_mosaicmodule:add": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_mosaicmodule:translations": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_mosaicmodule:translations_language": R(
        "missing", "302 403 403 404 404 404 404 404", language="fr"
    ),
    "wagtailsnippets_content_mosaicmodule:edit": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_mosaicmodule:delete": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_mosaicmodule:usage": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_mosaicmodule:history": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_mosaicmodule:history_results": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_mosaicmodule:copy": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_content_mosaicmodule:choose": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_content_mosaicmodule:choose_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_content_mosaicmodule:chosen": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_content_mosaicmodule:chosen_multiple": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_content_mosaicmodule:create": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_glossaryterm:list": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_glossaryterm:list_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_glossaryterm:add": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_content_glossaryterm:translations": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_glossaryterm:translations_language": R(
        "missing", "302 403 403 404 404 404 404 404", language="fr"
    ),
    "wagtailsnippets_content_glossaryterm:edit": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_glossaryterm:delete": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_glossaryterm:usage": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_glossaryterm:history": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_glossaryterm:history_results": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_content_glossaryterm:copy": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_content_glossaryterm:choose": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_content_glossaryterm:choose_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_content_glossaryterm:chosen": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_content_glossaryterm:chosen_multiple": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_content_glossaryterm:create": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "h5p_packages:list": R(None, "302 403 403 200 200 200 200 200"),
    "h5p_packages:list_results": R(None, "302 403 403 200 200 200 200 200"),
    "h5p_packages:add": R(None, "302 403 403 200 200 200 200 200"),
    "h5p_packages:edit": R("missing", "302 403 403 404 404 404 404 404"),
    "h5p_packages:delete": R("missing", "302 403 403 404 404 404 404 404"),
    "h5p_packages:usage": R("missing", "302 403 403 404 404 404 404 404"),
    "h5p_packages:history": R("missing", "302 403 403 404 404 404 404 404"),
    "h5p_packages:history_results": R("missing", "302 403 403 404 404 404 404 404"),
    "h5p_packages:approve": R("missing", "302 403 403 404 404 404 404 404"),
    "h5p_packages:upgrade": R("missing", "302 403 403 404 404 404 404 404"),
    "wagtailsnippetchoosers_h5p_h5ppackage:choose": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_h5p_h5ppackage:choose_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_h5p_h5ppackage:chosen": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_h5p_h5ppackage:chosen_multiple": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_h5p_h5ppackage:create": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_assessments_questionbank:list": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_assessments_questionbank:list_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_assessments_questionbank:add": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_assessments_questionbank:edit": R(
        "bank_in",
        "302 403 403 404 200 200 200 200",
        out="bank_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_questionbank:delete": R(
        "bank_in",
        "302 403 403 404 302 200 200 200",
        out="bank_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_questionbank:usage": R(
        "bank_in",
        "302 403 403 404 200 200 200 200",
        out="bank_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_questionbank:history": R(
        "bank_in",
        "302 403 403 404 200 200 200 200",
        out="bank_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_questionbank:history_results": R(
        "bank_in",
        "302 403 403 404 200 200 200 200",
        out="bank_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_questionbank:copy": R(
        "bank_in",
        "302 403 403 404 200 200 200 200",
        out="bank_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippetchoosers_assessments_questionbank:choose": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_assessments_questionbank:choose_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_assessments_questionbank:chosen": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_assessments_questionbank:chosen_multiple": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_assessments_questionbank:create": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_assessments_question:list": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_assessments_question:list_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_assessments_question:add": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_assessments_question:edit": R(
        "question_in",
        "302 403 403 404 200 200 200 200",
        out="question_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_question:delete": R(
        "question_in",
        "302 403 403 404 302 200 200 200",
        out="question_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_question:usage": R(
        "question_in",
        "302 403 403 404 200 200 200 200",
        out="question_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_question:history": R(
        "question_in",
        "302 403 403 404 200 200 200 200",
        out="question_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_question:history_results": R(
        "question_in",
        "302 403 403 404 200 200 200 200",
        out="question_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_question:copy": R(
        "question_in",
        "302 403 403 404 200 200 200 200",
        out="question_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippetchoosers_assessments_question:choose": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_assessments_question:choose_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_assessments_question:chosen": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_assessments_question:chosen_multiple": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_assessments_question:create": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_assessments_quiz:list": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailsnippets_assessments_quiz:list_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_assessments_quiz:add": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailsnippets_assessments_quiz:edit": R(
        "quiz_in",
        "302 403 403 404 200 200 200 200",
        out="quiz_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_quiz:delete": R(
        "quiz_in",
        "302 403 403 404 302 200 200 200",
        out="quiz_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_quiz:usage": R(
        "quiz_in",
        "302 403 403 404 200 200 200 200",
        out="quiz_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_quiz:history": R(
        "quiz_in",
        "302 403 403 404 200 200 200 200",
        out="quiz_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_quiz:history_results": R(
        "quiz_in",
        "302 403 403 404 200 200 200 200",
        out="quiz_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippets_assessments_quiz:copy": R(
        "quiz_in",
        "302 403 403 404 200 200 200 200",
        out="quiz_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    "wagtailsnippetchoosers_assessments_quiz:choose": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_assessments_quiz:choose_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_assessments_quiz:chosen": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_assessments_quiz:chosen_multiple": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_assessments_quiz:create": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_assessments_accommodation:list": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_assessments_accommodation:list_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippets_assessments_accommodation:add": R(
        None, "302 403 403 302 302 200 200 200"
    ),
    "wagtailsnippets_assessments_accommodation:edit": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_assessments_accommodation:delete": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_assessments_accommodation:usage": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_assessments_accommodation:history": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_assessments_accommodation:history_results": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippets_assessments_accommodation:copy": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_assessments_accommodation:choose": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_assessments_accommodation:choose_results": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_assessments_accommodation:chosen": R(
        "missing", "302 403 403 404 404 404 404 404"
    ),
    "wagtailsnippetchoosers_assessments_accommodation:chosen_multiple": R(
        None, "302 403 403 200 200 200 200 200"
    ),
    "wagtailsnippetchoosers_assessments_accommodation:create": R(
        None, "302 403 403 302 302 200 200 200"
    ),
    "wagtaildocs_chooser:choose": R(None, "302 403 403 200 200 200 200 200"),
    "wagtaildocs_chooser:choose_results": R(None, "302 403 403 200 200 200 200 200"),
    "wagtaildocs_chooser:chosen": R("document", "302 403 403 302 302 302 302 200"),
    "wagtaildocs_chooser:chosen_multiple": R(None, "302 403 403 200 200 200 200 200"),
    "wagtaildocs_chooser:create": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailimages_chooser:choose": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailimages_chooser:choose_results": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailimages_chooser:chosen": R("image", "302 403 403 302 302 302 302 200"),
    "wagtailimages_chooser:chosen_multiple": R(None, "302 403 403 200 200 200 200 200"),
    "wagtailimages_chooser:create": R(None, "302 403 403 302 302 302 302 200"),
    "wagtailimages_chooser:select_format": R(
        "image", "302 403 403 302 302 302 302 200"
    ),
    # Course staff: managers and site admins name them; the course's own staff
    # may look; other instructors do not learn the course exists.
    "courses_course_staff": R(
        "course_in",
        "302 403 403 404 200 200 200 200",
        out="course_out",
        out_expect="302 403 403 404 404 200 200 200",
    ),
    # Course packages: programme managers and site admins import and export
    # whole courses; instructors, even on the course's staff, get Wagtail's
    # refusal (a redirect to the admin home with a message).
    "courses_packages": R(None, "302 403 403 302 302 200 200 200"),
    "courses_package_export": R(
        "course_in",
        "302 403 403 302 302 200 200 200",
        out="course_out",
        out_expect="302 403 403 302 302 200 200 200",
    ),
}
