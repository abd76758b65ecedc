// SPDX-License-Identifier: GPL-3.0-or-later
#include "TelemetryToggleDialog.h"

#include "DialogWidgets.h"
#include "gating/LicenseVerifier.h"
#include "widgets/GateStateText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using DialogWidgets::selectableLabel;

namespace {
QByteArray lineOf(const QByteArray &content, int number)
{
    const QList<QByteArray> lines = QByteArray(content).replace("\r\n", "\n").replace('\r', '\n').split('\n');
    return lines.value(number - 1);
}
} // namespace

TelemetryToggleDialog::TelemetryToggleDialog(const ProjectConfig::Options &options,
                                             const ActionServices &services, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_services(services)
{
    setObjectName(QStringLiteral("telemetryToggleDialog"));
    setWindowTitle(tr("Telemetry On/Off"));
    setAccessibleName(tr("Turn telemetry on or off"));

    auto *layout = new QVBoxLayout(this);
    m_heading = selectableLabel(this, tr("What this changes"));
    m_heading->setText(tr("Reading the configuration and the licence…"));
    layout->addWidget(m_heading);
    auto *form = new QFormLayout;
    m_file = selectableLabel(this, tr("Configuration file"));
    form->addRow(tr("File:"), m_file);
    m_change = new QPlainTextEdit(this);
    m_change->setReadOnly(true);
    m_change->setTabChangesFocus(true);
    m_change->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_change->setAccessibleName(tr("Old and new TELEMETRY line"));
    m_change->setMaximumHeight(m_change->fontMetrics().lineSpacing() * 5 + 12);
    form->addRow(tr("Change:"), m_change);
    m_requested = selectableLabel(this, tr("Requested telemetry state"));
    m_effective = selectableLabel(this, tr("Effective telemetry state"));
    m_why = selectableLabel(this, tr("Why"));
    m_licence = selectableLabel(this, tr("Licence"));
    form->addRow(tr("Requested:"), m_requested);
    form->addRow(tr("Effective:"), m_effective);
    form->addRow(tr("Why:"), m_why);
    form->addRow(tr("Licence:"), m_licence);
    layout->addLayout(form);
    m_notes = selectableLabel(this, tr("Notes"));
    m_notes->hide();
    layout->addWidget(m_notes);
    m_outcome = selectableLabel(this, tr("Outcome"));
    m_outcome->setObjectName(QStringLiteral("toggleOutcome"));
    m_outcome->hide();
    layout->addWidget(m_outcome);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    // ActionRole: writing must not close the dialog, which then shows the new state.
    m_confirmButton = buttons->addButton(tr("Write the Change"), QDialogButtonBox::ActionRole);
    m_confirmButton->setObjectName(QStringLiteral("confirmToggleButton"));
    m_confirmButton->setAutoDefault(false);
    m_confirmButton->setEnabled(false);
    m_closeButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_closeButton->setAccessibleName(tr("Close without changing anything"));
    connect(m_confirmButton, &QPushButton::clicked, this, &TelemetryToggleDialog::confirm);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 460);

    connect(&m_gateWatcher, &QFutureWatcher<ReportEngine::GateOutcome>::finished, this,
            &TelemetryToggleDialog::onGateEvaluated);
    QString error;
    m_config = ProjectConfig::load(m_options, &error);
    if (!m_config) {
        m_heading->setText(tr("The project's configuration cannot be read: %1").arg(error));
        return;
    }
    startGate(*m_config, false);
}

TelemetryToggleDialog::~TelemetryToggleDialog()
{
    m_gateWatcher.waitForFinished();
}

void TelemetryToggleDialog::startGate(const ProjectConfig &config, bool after)
{
    m_evaluatingAfter = after;
    const QDateTime now = m_services.now();
    m_gateWatcher.setFuture(QtConcurrent::run([config, now] {
        return ReportEngine(config).evaluateGate(LicenseVerifier::directusEmbedded(), now);
    }));
}

void TelemetryToggleDialog::onGateEvaluated()
{
    const ReportEngine::GateOutcome gate = m_gateWatcher.result();
    if (!m_evaluatingAfter) {
        if (gate.ok)
            m_stateBefore = gate.state;
        else
            m_why->setText(tr("The licence cannot be read: %1").arg(gate.error));
        showPlan();
        return;
    }
    QStringList lines;
    if (m_result && m_result->changed) {
        lines << (m_result->backupFile.isEmpty()
                      ? tr("Created %1.").arg(QDir::toNativeSeparators(m_result->writtenFile))
                      : tr("Changed %1; the previous version is kept as %2.")
                            .arg(QDir::toNativeSeparators(m_result->writtenFile),
                                 QDir::toNativeSeparators(m_result->backupFile)));
    }
    if (gate.ok) {
        m_stateAfter = gate.state;
        setStateLabels(gate.state);
        lines << TelemetrySwitch::describe(gate.state);
    } else {
        lines << tr("Whether Directus will report depends on its licence, which cannot be read: %1")
                     .arg(gate.error)
              << TelemetrySwitch::restartNotice();
    }
    m_heading->setText(tr("Done. Once Directus restarts:"));
    m_outcome->setText(lines.join(QLatin1Char('\n')));
    m_outcome->show();
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_closeButton->setFocus();
    Q_EMIT finished(m_result && m_result->changed);
}

void TelemetryToggleDialog::setStateLabels(const TelemetryGate::State &state)
{
    m_requested->setText(GateStateText::requested(state));
    m_effective->setText(GateStateText::effective(state));
    m_why->setText(GateStateText::why(state));
    m_licence->setText(GateStateText::licence(state));
}

void TelemetryToggleDialog::showPlan()
{
    // Turn it the other way from what the configuration asks for now (Directus's toBoolean of TELEMETRY).
    const bool requestedNow = m_stateBefore ? m_stateBefore->requested : true;
    const bool enable = !requestedNow;
    if (m_stateBefore)
        setStateLabels(*m_stateBefore);
    const TelemetrySwitch telemetrySwitch(*m_config, [this] { return m_services.now(); });
    m_plan = telemetrySwitch.plan(enable);
    m_heading->setText(enable
                           ? tr("Telemetry is turned off in the configuration. Turn it on (TELEMETRY=true)?")
                           : tr("Telemetry is on in the configuration. Turn it off (TELEMETRY=false)?"));
    m_confirmButton->setText(enable ? tr("&Turn Telemetry On") : tr("&Turn Telemetry Off"));
    m_confirmButton->setAccessibleName(m_confirmButton->text().remove(QLatin1Char('&')));
    if (!m_plan->ok) {
        m_outcome->setText(m_plan->error);
        m_outcome->show();
        Q_EMIT planReady();
        return;
    }
    m_file->setText(QDir::toNativeSeparators(m_plan->targetFile));
    QStringList change;
    if (m_plan->nothingToDo) {
        change << tr("(nothing to change)");
    } else {
        for (const int line : m_plan->changedLines) {
            if (m_plan->appended)
                change << tr("line %1 (new)").arg(line)
                       << tr("- (no TELEMETRY line: Directus's default, true, applies)");
            else
                change << tr("line %1").arg(line)
                       << QStringLiteral("- ") + QString::fromUtf8(lineOf(m_plan->before, line));
            change << QStringLiteral("+ ") + QString::fromUtf8(lineOf(m_plan->after, line));
        }
    }
    m_change->setPlainText(change.join(QLatin1Char('\n')));
    // Say before the click what the change will achieve: without a licence that allows it, turning
    // telemetry off changes the file but not what Directus does (the same rule as TelemetryGate).
    QStringList notes;
    if (m_stateBefore && !m_plan->nothingToDo) {
        const LicenseVerifier::Result &licence = m_stateBefore->licence;
        if (enable)
            notes << tr("Expected once Directus restarts: it sends a report every 6 hours.");
        else if (!licence.verified)
            notes
                << tr("Expected once Directus restarts: it still sends reports. Telemetry is required by the "
                      "Core licence, since there is no verified licence (%1).")
                       .arg(licence.failure);
        else if (licence.telemetryRequired.value_or(false))
            notes << tr(
                "Expected once Directus restarts: it still sends reports. Telemetry is required by the "
                "licence.");
        else
            notes << tr(
                "Expected once Directus restarts: it sends no reports (the licence allows opting out).");
    }
    notes << m_plan->notes;
    if (!notes.isEmpty()) {
        m_notes->setText(notes.join(QLatin1Char('\n')));
        m_notes->show();
    }
    m_confirmButton->setEnabled(!m_plan->nothingToDo);
    m_confirmButton->setFocus();
    Q_EMIT planReady();
}

void TelemetryToggleDialog::confirm()
{
    if (!m_plan || !m_plan->ok || m_plan->nothingToDo || m_result)
        return;
    m_confirmButton->setEnabled(false);
    const TelemetrySwitch telemetrySwitch(*m_config, [this] { return m_services.now(); });
    m_result = telemetrySwitch.apply(*m_plan);
    if (!m_result->ok) {
        m_outcome->setText(tr("Nothing was changed: %1").arg(m_result->error));
        m_outcome->show();
        Q_EMIT finished(false);
        return;
    }
    // The state Directus will be in, from the configuration as it now reads.
    QString error;
    const auto reloaded = ProjectConfig::load(m_options, &error);
    if (!reloaded) {
        m_outcome->setText(
            tr("The file was changed, but the configuration cannot be read back: %1").arg(error));
        m_outcome->show();
        Q_EMIT finished(true);
        return;
    }
    m_heading->setText(tr("Written. Reading the licence…"));
    startGate(*reloaded, true);
}

QString TelemetryToggleDialog::shownText() const
{
    QStringList texts;
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts.append(label->text());
    texts << m_change->toPlainText();
    return texts.join(QLatin1Char('\n'));
}

QString TelemetryToggleDialog::effectiveText() const
{
    return m_effective->text();
}
