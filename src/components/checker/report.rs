//! What the data checker found, file by file: each problem with its severity and its place
//! (line and column) in the reader's language, the problem itself in English, as the files
//! are written.

use crate::state::checker::{FileReport, Report};
use crate::state::i18n::I18n;
use atlas_model::check::Finding;
use atlas_model::{key, Lang, Severity};
use leptos::prelude::*;

#[component]
pub fn ReportView(i18n: I18n, report: RwSignal<Option<Report>>) -> impl IntoView {
    let status = move || match report.get() {
        None => i18n.t(key::CHECK_CHECKING),
        Some(r) if r.files.is_empty() => i18n.t(key::CHECK_NONE),
        Some(r) => {
            let errors = i18n.count(key::CHECK_ERRORS, r.errors, &[]);
            let warnings = i18n.count(key::CHECK_WARNINGS, r.warnings, &[]);
            i18n.fill(
                key::CHECK_FOUND,
                &[("errors", &errors), ("warnings", &warnings)],
            )
        }
    };
    let state = move || {
        report.with(|r| match r {
            None => "checking",
            Some(r) if r.files.is_empty() => "clean",
            Some(_) => "found",
        })
    };
    let english = move || {
        (i18n.lang.get() != Lang::En && state() == "found")
            .then(|| view! { <p class="checker-note">{i18n.t(key::CHECK_ENGLISH)}</p> })
    };
    let files = move || {
        report.get().map(|r| {
            r.files
                .into_iter()
                .map(|f| view! { <FileView i18n report=f/> })
                .collect_view()
        })
    };
    view! {
        <section class="checker-report" data-ui="check-report" data-state=state aria-busy=move || (state() == "checking").to_string()>
            <p class="checker-summary" role="status" data-ui="check-status">{status}</p>
            {english}
            {files}
        </section>
    }
}

/// One file's problems.
#[component]
fn FileView(i18n: I18n, report: FileReport) -> impl IntoView {
    let origin = move || {
        i18n.t(if report.yours {
            key::CHECK_FILE_YOURS
        } else {
            key::CHECK_FILE_ATLAS
        })
    };
    let items = report
        .findings
        .into_iter()
        .map(|f| view! { <FindingView i18n finding=f/> })
        .collect_view();
    view! {
        <section class="checker-file" data-file=report.file.clone() data-yours=report.yours.to_string()>
            <h2>
                <code>{report.file.clone()}</code>
                " "
                <span class="checker-origin">{origin}</span>
            </h2>
            <ol class="checker-findings">{items}</ol>
        </section>
    }
}

/// One problem: how bad, where, and what.
#[component]
fn FindingView(i18n: I18n, finding: Finding) -> impl IntoView {
    let (severity, severity_key) = match finding.severity {
        Severity::Error => ("error", key::CHECK_ERROR),
        Severity::Warning => ("warning", key::CHECK_WARNING),
    };
    let at = finding.at;
    let place = move || match at {
        Some(at) => i18n.fill(
            key::CHECK_PLACE,
            &[
                ("line", &at.line.to_string()),
                ("column", &at.column.to_string()),
            ],
        ),
        None => i18n.t(key::CHECK_NO_PLACE),
    };
    view! {
        <li
            data-severity=severity
            data-line=at.map(|a| a.line.to_string())
            data-column=at.map(|a| a.column.to_string())
        >
            <span class="checker-severity">{move || i18n.t(severity_key)}</span>
            " "
            <span class="checker-place">{place}</span>
            " "
            <bdi class="checker-message" lang="en">{finding.message}</bdi>
        </li>
    }
}
