// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionServices.h"
#include "config/ProjectConfig.h"
#include "engine/ReportEngine.h"
#include "optout/TelemetrySwitch.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Telemetry on/off…: turns TELEMETRY in the project's configuration file the other way (TelemetrySwitch),
// after confirmation. Before: the current requested/effective state and why, the file, and the old and new
// TELEMETRY line. After the write: the backup's name, the state Directus will be in once restarted
// (requested, effective — a licence can override the opt-out: "required by the Core licence" — and why) and
// that Directus must be restarted. The plan and the write touch one small file on the GUI thread; the gate
// reads the database, so it is evaluated on a worker. finished() says whether the file was changed.
// Not supported: creating a configuration file where there is none (the CLI's --create-config does).
class TelemetryToggleDialog : public QDialog
{
    Q_OBJECT

public:
    // options: how the open project's configuration was loaded (reloaded after the change).
    TelemetryToggleDialog(const ProjectConfig::Options &options, const ActionServices &services,
                          QWidget *parent = nullptr);
    ~TelemetryToggleDialog() override;

    // For tests and accessibility tools.
    bool isPlanReady() const { return m_plan.has_value(); }
    const std::optional<TelemetrySwitch::Plan> &plan() const { return m_plan; }
    QPushButton *confirmButton() const { return m_confirmButton; }
    QString shownText() const;
    QString effectiveText() const; // the "Effective:" row: on/off and the reason label
    const std::optional<TelemetryGate::State> &stateAfter() const { return m_stateAfter; }

    void confirm(); // what the confirm button does

Q_SIGNALS:
    void planReady(); // the current state and the proposed change are shown
    void finished(bool changed); // the change was written (or refused) and the new state is shown

private:
    void startGate(const ProjectConfig &config, bool after);
    void onGateEvaluated();
    void showPlan();
    void setStateLabels(const TelemetryGate::State &state);

    ProjectConfig::Options m_options;
    ActionServices m_services;
    std::optional<ProjectConfig> m_config;
    std::optional<TelemetrySwitch::Plan> m_plan;
    std::optional<TelemetrySwitch::Result> m_result;
    std::optional<TelemetryGate::State> m_stateBefore;
    std::optional<TelemetryGate::State> m_stateAfter;
    QFutureWatcher<ReportEngine::GateOutcome> m_gateWatcher;
    bool m_evaluatingAfter = false;

    QLabel *m_heading = nullptr;
    QLabel *m_file = nullptr;
    QPlainTextEdit *m_change = nullptr;
    QLabel *m_requested = nullptr;
    QLabel *m_effective = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_licence = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_outcome = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
