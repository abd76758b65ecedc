// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionServices.h"
#include "config/ProjectConfig.h"
#include "history/ReceivedReport.h"

#include <QDialog>

#include <functional>
#include <memory>

class Clock;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;
class QTimer;
class RawJsonView;
class ReceivedReportsModel;
class ReportGate;
class ReportIntake;

// Review gate…: the "Received" view of the review gate for the open project. It runs a ReportGate over the
// shared history and, when started, a ReportIntake on a loopback address and port (pass-through, or hold for
// review), and lists every report the gate received (ReceivedReportsModel) with a detail pane for the
// selected one: the exact received bytes and their indented reading, the redaction findings, and the field
// diff against the report computed at that moment. Held reports are approved (forwarded, after a confirmation
// that names the destination) or discarded here. While it is visible it calls ReportGate::reload() every two
// seconds, so `gate approve|discard` in a terminal (or a `gate` process listening elsewhere) shows up.
// Closing it only hides it: the gate keeps listening until Stop or until the window closes.
// Its network, history and clock come from ActionServices; confirmations go through a replaceable Confirmer,
// so tests run it off screen without message boxes.
// The gate checks each report on a worker thread (about a second on a 20-million-row database): the row
// appears at once as "checking…" and gets its verdicts when the check ends; the window stays responsive.
// Not supported: a non-loopback address (the command line's `gate --allow-non-loopback` is for that).
class ReceivedReportsDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks the user; true to go ahead. acceptLabel names the action ("Forward", "Discard").
    using Confirmer
        = std::function<bool(const QString &title, const QString &question, const QString &acceptLabel)>;

    ReceivedReportsDialog(const ProjectConfig &config, const ActionServices &services,
                          QWidget *parent = nullptr);
    ~ReceivedReportsDialog() override;

    // Listens with the address, port, mode and destination in the form; false with the error shown (and in
    // errorMessage) when it cannot.
    bool startListening(QString *errorMessage = nullptr);
    void stopListening();
    bool isListening() const;
    quint16 listeningPort() const; // 0 when not listening

    // Acts on the selected held report; unconfirmed, it asks the Confirmer first. False when nothing was
    // done.
    bool approveSelected(bool confirmed = false);
    bool discardSelected(bool confirmed = false);
    void selectReport(qint64 id);
    void reloadQueue(); // what the timer does: pick up changes made by other processes
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }

    QString projectDir() const { return m_config.projectDir(); }
    // For tests and accessibility tools.
    ReportGate *gate() const { return m_gate.get(); }
    ReceivedReportsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *addressField() const { return m_address; }
    QSpinBox *portField() const { return m_port; }
    QComboBox *modeBox() const { return m_mode; }
    QLineEdit *forwardToField() const { return m_forwardTo; }
    QPushButton *startButton() const { return m_startButton; }
    QPushButton *approveButton() const { return m_approveButton; }
    QPushButton *discardButton() const { return m_discardButton; }
    QTimer *reloadTimer() const { return m_reloadTimer; }
    QString statusText() const;
    QString hintText() const;
    QString errorText() const; // empty when no error is shown
    QString detailText() const; // the summary of the selected report
    QString redactionText() const;
    QString diffText() const;

Q_SIGNALS:
    // The status line changed (listening or not, how many held): the window shows it while the dialog is
    // closed, since a hidden gate keeps listening.
    void statusChanged(const QString &status, bool listening);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createWidgets();
    void toggleListening();
    void updateStatus();
    void updateDetail();
    void updateButtons();
    void showError(const QString &text);
    const ReceivedReport *selectedReport() const;
    QString destinationOf(const ReceivedReport &report) const;

    ProjectConfig m_config;
    ActionServices m_services;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<ReportGate> m_gate;
    std::unique_ptr<ReportIntake> m_intake;
    Confirmer m_confirmer;
    QString m_listeningMode; // the mode's words while listening, for the status line

    ReceivedReportsModel *m_model;
    QTimer *m_reloadTimer;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_forwardTo = nullptr;
    QPushButton *m_startButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    RawJsonView *m_bytes = nullptr;
    QPlainTextEdit *m_redaction = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_discardButton = nullptr;
};
