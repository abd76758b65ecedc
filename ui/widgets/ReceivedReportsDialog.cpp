// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceivedReportsDialog.h"

#include "DialogWidgets.h"
#include "gate/ReportGate.h"
#include "gate/ReportIntake.h"
#include "history/ReportHistory.h"
#include "models/ReceivedReportsModel.h"
#include "schedule/Clock.h"
#include "widgets/RawJsonView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int ReloadIntervalMs = 2000;
constexpr int DefaultPort = 8787; // the CLI's default, so both say the same TELEMETRY_URL

// The gate wants a Clock; the window's services give the time as a function. The gate sets no alarms.
class ServicesClock : public Clock
{
public:
    explicit ServicesClock(ActionServices services)
        : m_services(std::move(services))
    {
    }
    QDateTime now() const override { return m_services.now(); }
    void setAlarm(const QDateTime &) override { }
    void clearAlarm() override { }

private:
    ActionServices m_services;
};

QPlainTextEdit *namedReadOnlyText(const QString &name, const QString &accessibleName, QWidget *parent)
{
    QPlainTextEdit *text = DialogWidgets::readOnlyText(parent, accessibleName);
    text->setObjectName(name);
    return text;
}

} // namespace

ReceivedReportsDialog::ReceivedReportsDialog(const ProjectConfig &config, const ActionServices &services,
                                             QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_services(services)
    , m_clock(std::make_unique<ServicesClock>(services))
    , m_model(new ReceivedReportsModel(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("receivedReportsDialog"));
    setWindowTitle(tr("Review Gate — %1").arg(m_config.projectDir()));
    setAccessibleName(tr("Review gate: reports received from the Directus server"));
    m_confirmer = [this](const QString &title, const QString &question, const QString &acceptLabel) {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
        QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        // Never the default: Enter must not forward or discard anything.
        box.setDefaultButton(cancel);
        box.exec();
        return box.clickedButton() == accept;
    };

    ReportGate::Options options;
    options.mode = ReportGate::Mode::Hold;
    m_gate = std::make_unique<ReportGate>(m_config, m_services.history, m_services.network, m_clock.get(),
                                          options);
    m_model->setGate(m_gate.get());
    // The first reload only learns what is already listed (the model ignores duplicates), so later ones
    // announce only what other processes changed.
    if (m_services.history->isOpen())
        m_gate->reload();

    m_reloadTimer->setInterval(ReloadIntervalMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &ReceivedReportsDialog::reloadQueue);

    createWidgets();
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReceivedReportsDialog::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReceivedReportsDialog::updateStatus);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        updateStatus();
        if (const ReceivedReport *selected = selectedReport();
            selected && selected->id == from.data(ReceivedReportsModel::ReportIdRole).toLongLong())
            updateDetail();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReceivedReportsDialog::updateDetail);
    updateStatus();
    updateDetail();
}

ReceivedReportsDialog::~ReceivedReportsDialog()
{
    // The intake calls into the gate: it goes first.
    m_intake.reset();
    m_model->setGate(nullptr);
}

void ReceivedReportsDialog::createWidgets()
{
    auto *layout = new QVBoxLayout(this);

    auto *form = new QHBoxLayout;
    m_address = new QLineEdit(QStringLiteral("127.0.0.1"), this);
    m_address->setObjectName(QStringLiteral("gateAddress"));
    m_address->setAccessibleName(tr("Listen address"));
    m_address->setToolTip(tr("A loopback address: 127.0.0.1 or ::1"));
    m_address->setMaximumWidth(160);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("gatePort"));
    m_port->setAccessibleName(tr("Listen port"));
    m_port->setRange(0, 65535);
    m_port->setValue(DefaultPort);
    m_port->setSpecialValueText(tr("any free"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("gateMode"));
    m_mode->setAccessibleName(tr("Mode"));
    m_mode->addItem(tr("Hold for review"), int(ReportGate::Mode::Hold));
    m_mode->addItem(tr("Pass-through"), int(ReportGate::Mode::PassThrough));
    m_forwardTo = new QLineEdit(this);
    m_forwardTo->setObjectName(QStringLiteral("gateForwardTo"));
    m_forwardTo->setAccessibleName(tr("Forward to"));
    m_forwardTo->setClearButtonEnabled(true);
    const QString projectUrl = m_gate->metricsBaseUrl();
    m_forwardTo->setPlaceholderText(projectUrl.isEmpty()
                                        ? tr("the real intake, e.g. https://telemetry.directus.io")
                                        : tr("the project's TELEMETRY_URL (%1)").arg(projectUrl));
    m_forwardTo->setToolTip(tr("The real intake approved reports go to. Leave empty for the project's "
                               "TELEMETRY_URL (owner registrations: COMPLIANCE_URL)."));
    m_startButton = new QPushButton(tr("&Start Listening"), this);
    m_startButton->setObjectName(QStringLiteral("gateStartButton"));
    m_startButton->setAutoDefault(false);
    connect(m_startButton, &QPushButton::clicked, this, &ReceivedReportsDialog::toggleListening);

    auto addLabelled = [this, form](const QString &text, QWidget *field, int stretch = 0) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addWidget(label);
        form->addWidget(field, stretch);
    };
    addLabelled(tr("&Address:"), m_address);
    addLabelled(tr("&Port:"), m_port);
    addLabelled(tr("&Mode:"), m_mode);
    addLabelled(tr("&Forward to:"), m_forwardTo, 1);
    form->addWidget(m_startButton);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("gateStatus"));
    m_status->setAccessibleName(tr("Gate status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    layout->addWidget(m_status);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("gateHint"));
    m_hint->setAccessibleName(tr("How to point the server at the gate"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_hint);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("gateError"));
    m_error->setAccessibleName(tr("Gate error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(DialogWidgets::bannerStyleSheet(DialogWidgets::Tone::Error));
    m_error->hide();
    layout->addWidget(m_error);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("receivedView"));
    m_view->setAccessibleName(tr("Received reports"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The queue is short (one report every six hours), so fitting the columns to their contents whenever a
    // row comes or changes is cheap; the user may still resize them.
    // The last column keeps stretching to the view's edge.
    const auto fitColumns = [this] {
        for (int column = 0; column < ReceivedReportsModel::ColumnCount - 1; ++column)
            m_view->resizeColumnToContents(column);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, fitColumns, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::dataChanged, m_view, fitColumns, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, fitColumns, Qt::QueuedConnection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);

    m_summary = namedReadOnlyText(QStringLiteral("receivedSummary"), tr("Selected report"), this);
    m_bytes = new RawJsonView(this);
    m_bytes->setObjectName(QStringLiteral("receivedBytes"));
    // RawJsonView names its text for the report that would be sent; here it shows what was received.
    m_bytes->setAccessibleName(tr("Exact bytes received"));
    if (auto *text = m_bytes->findChild<QPlainTextEdit *>())
        text->setAccessibleName(tr("Exact bytes received"));
    m_redaction = namedReadOnlyText(QStringLiteral("receivedRedaction"), tr("Redaction findings"), this);
    m_diff = namedReadOnlyText(QStringLiteral("receivedDiff"), tr("Field diff against the computed report"),
                               this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("receivedTabs"));
    m_tabs->setAccessibleName(tr("Details of the selected report"));
    m_tabs->addTab(m_summary, tr("S&ummary"));
    m_tabs->addTab(m_bytes, QIcon(QStringLiteral(":/icons/json.svg")), tr("Received &Bytes"));
    m_tabs->addTab(m_redaction, tr("&Redaction"));
    m_tabs->addTab(m_diff, tr("&Diff"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("receivedSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_tabs);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_approveButton = buttons->addButton(tr("&Approve (Forward)…"), QDialogButtonBox::ActionRole);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_approveButton->setIcon(QIcon(QStringLiteral(":/icons/send.svg")));
    m_approveButton->setAutoDefault(false);
    m_discardButton = buttons->addButton(tr("D&iscard…"), QDialogButtonBox::ActionRole);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    m_discardButton->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_discardButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)
        ->setAccessibleName(tr("Close the review gate (it keeps listening)"));
    connect(m_approveButton, &QPushButton::clicked, this, [this] { approveSelected(); });
    connect(m_discardButton, &QPushButton::clicked, this, [this] { discardSelected(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fitColumns();
    resize(1200, 760);
}

bool ReceivedReportsDialog::isListening() const
{
    return m_intake && m_intake->isListening();
}

quint16 ReceivedReportsDialog::listeningPort() const
{
    return isListening() ? m_intake->serverPort() : 0;
}

void ReceivedReportsDialog::toggleListening()
{
    if (isListening())
        stopListening();
    else
        startListening();
}

bool ReceivedReportsDialog::startListening(QString *errorMessage)
{
    const auto fail = [this, errorMessage](const QString &text) {
        showError(text);
        if (errorMessage)
            *errorMessage = text;
        updateStatus();
        return false;
    };
    stopListening();
    if (!m_services.history || !m_services.history->isOpen())
        return fail(tr("The history cannot be opened, so received reports could not be recorded; the gate "
                       "does not start."));
    const QString host = m_address->text().trimmed();
    const QHostAddress address(host);
    if (address.isNull())
        return fail(tr("“%1” is not a numeric address: use 127.0.0.1 or ::1.").arg(host));
    if (!ReportIntake::isLoopback(address))
        return fail(tr("%1 is not a loopback address: the gate would accept reports (and Authorization "
                       "headers) from the network. The window listens on 127.0.0.1 or ::1 only; for another "
                       "address use `telemetry-inspector gate --allow-non-loopback` on the command line.")
                        .arg(host));
    const QString forwardTo = m_forwardTo->text().trimmed();
    if (!forwardTo.isEmpty()) {
        const QUrl url(forwardTo);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return fail(tr("“%1” is not an http(s) URL to forward to.").arg(forwardTo));
    }

    ReportGate::Options options;
    options.mode = ReportGate::Mode(m_mode->currentData().toInt());
    options.forwardTo = forwardTo;
    m_gate->setOptions(options);

    const quint16 port = quint16(m_port->value());
    auto intake = std::make_unique<ReportIntake>(
        [this](const IntakeRequestParser::Request &request, const QString &peer) {
            // Returns at once: the gate checks the report on its worker, the row shows "checking…" meanwhile.
            return m_gate->handle(request, peer);
        });
    ReportIntake::Options intakeOptions;
    intakeOptions.address = address;
    intakeOptions.port = port;
    QString error;
    if (!intake->listen(intakeOptions, &error))
        return fail(error + QLatin1Char('\n')
                    + tr("What to do: choose another port (another program, or a `gate` command, may be "
                         "listening on it), or 0 for any free port."));
    // The project's .env usually points TELEMETRY_URL at this very gate; forwarding there would loop. Checked
    // once bound, so that port 0 (any free port) is checked too.
    const QUrl forward(m_gate->metricsBaseUrl());
    const QHostAddress forwardHost(forward.host());
    if ((forward.host() == QLatin1String("localhost") || forwardHost.isLoopback() || forwardHost == address)
        && forward.port(forward.scheme() == QLatin1String("https") ? 443 : 80) == intake->serverPort())
        return fail(tr("The forward destination %1 is this gate itself (TELEMETRY_URL in the project points "
                       "here). Enter the real intake under Forward to, e.g. https://telemetry.directus.io.")
                        .arg(m_gate->metricsBaseUrl()));
    m_intake = std::move(intake);
    m_listeningMode = options.mode == ReportGate::Mode::Hold ? tr("hold for review") : tr("pass-through");
    showError(QString());
    updateStatus();
    return true;
}

void ReceivedReportsDialog::stopListening()
{
    if (m_intake)
        m_intake->close();
    m_intake.reset();
    updateStatus();
}

void ReceivedReportsDialog::updateStatus()
{
    const int held = m_model->heldCount();
    const QString heldText = tr("%n held", nullptr, held);
    const bool listening = isListening();
    if (listening) {
        const QString where
            = QStringLiteral("%1:%2").arg(m_intake->serverAddress().toString()).arg(m_intake->serverPort());
        m_status->setText(tr("Listening on %1, %2, %3").arg(where, m_listeningMode, heldText));
        const QString url = m_intake->serverAddress().protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("http://[%1]:%2")
                  .arg(m_intake->serverAddress().toString())
                  .arg(m_intake->serverPort())
            : QStringLiteral("http://") + where;
        m_hint->setText(tr("On the Directus server set TELEMETRY_URL=%1 (and COMPLIANCE_URL=%1 for owner "
                           "registrations), then restart it. Approved reports go to %2.")
                            .arg(url,
                                 m_gate->metricsBaseUrl().isEmpty() ? tr("nowhere yet (set Forward to)")
                                                                    : m_gate->metricsBaseUrl()));
    } else {
        m_status->setText(tr("Not listening, %1").arg(heldText));
        m_hint->setText(
            tr("Start listening, then set TELEMETRY_URL=http://%1:PORT on the Directus server so it "
               "posts its reports here. Reports received by a `telemetry-inspector gate` command "
               "appear here too.")
                .arg(m_address ? m_address->text().trimmed() : QStringLiteral("127.0.0.1")));
    }
    m_startButton->setText(listening ? tr("&Stop Listening") : tr("&Start Listening"));
    m_startButton->setAccessibleName(listening ? tr("Stop listening") : tr("Start listening"));
    m_address->setEnabled(!listening);
    m_port->setEnabled(!listening);
    m_mode->setEnabled(!listening);
    m_forwardTo->setEnabled(!listening);
    updateButtons();
    Q_EMIT statusChanged(m_status->text(), listening);
}

void ReceivedReportsDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

const ReceivedReport *ReceivedReportsDialog::selectedReport() const
{
    if (!m_view)
        return nullptr;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->reportFromIndex(rows.first());
}

void ReceivedReportsDialog::selectReport(qint64 id)
{
    const QModelIndex index = m_model->indexFromReportId(id);
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(
        QItemSelection(index, index.siblingAtColumn(ReceivedReportsModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

void ReceivedReportsDialog::updateButtons()
{
    if (!m_approveButton)
        return;
    const ReceivedReport *report = selectedReport();
    const bool open = report && report->isOpen();
    m_approveButton->setEnabled(open);
    m_discardButton->setEnabled(open);
}

QString ReceivedReportsDialog::destinationOf(const ReceivedReport &report) const
{
    // As ReportGate::approve() decides: Forward to, else where the holding gate would send it, else the
    // project's URL.
    const bool owner = report.channel == ReceivedReport::Channel::Owner;
    const QString path = owner ? QStringLiteral("/v1/owner") : QStringLiteral("/v1/metrics");
    QString base = m_gate->options().forwardTo;
    if (base.isEmpty() && !report.destination.isEmpty())
        return report.destination;
    if (base.isEmpty())
        base = owner ? m_gate->ownerBaseUrl() : m_gate->metricsBaseUrl();
    if (base.isEmpty())
        return QString();
    QUrl url(base);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url.toString();
}

void ReceivedReportsDialog::updateDetail()
{
    updateButtons();
    const ReceivedReport *report = selectedReport();
    if (!report) {
        m_summary->setPlainText(m_model->rowCount() == 0 ? tr("Nothing received yet.")
                                                         : tr("Select a received report."));
        m_bytes->clear();
        m_redaction->clear();
        m_diff->clear();
        return;
    }
    QStringList lines;
    lines << tr("#%1 %2, received %3 from %4")
                 .arg(report->id)
                 .arg(ReceivedReportsModel::kindText(*report),
                      report->time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      report->source);
    if (report->personalData)
        lines << tr("Personal data: an owner registration carries the owner's name and email; the email "
                    "addresses are masked in what is stored and shown.");
    lines << tr("%1 bytes, SHA-256 %2").arg(report->bytes.size()).arg(QString::fromLatin1(report->sha256));
    lines << tr("Content-Type: %1").arg(report->contentType.isEmpty() ? tr("(none)") : report->contentType);
    lines << (report->hadAuthorization ? tr("Authorization: sent by the server (the value is never stored)")
                                       : tr("Authorization: none"));
    lines << tr("Redaction: %1").arg(ReceivedReportsModel::redactionText(*report));
    lines << tr("Diff against the computed report: %1").arg(ReceivedReportsModel::diffText(*report));
    lines << tr("State: %1").arg(ReceivedReportsModel::stateText(*report));
    // A report still being checked has only the destination a held one gets (pass-through: none yet).
    const bool pending = report->isOpen() || report->state == ReceivedReport::State::Analysing;
    const QString destination = report->isOpen() ? destinationOf(*report) : report->destination;
    if (!destination.isEmpty())
        lines << (pending ? tr("Approve forwards it to: %1") : tr("Forwarded to: %1")).arg(destination);
    if (const QString outcome = ReceivedReportsModel::forwardText(*report); !outcome.isEmpty())
        lines << tr("Forward outcome: %1").arg(outcome);
    if (!report->note.isEmpty())
        lines << tr("Note: %1").arg(report->note);
    m_summary->setPlainText(lines.join(QLatin1Char('\n')));

    const QJsonDocument json = QJsonDocument::fromJson(report->bytes);
    m_bytes->setJson(report->bytes, json.isNull() ? report->bytes : json.toJson(QJsonDocument::Indented));

    m_redaction->setPlainText(report->state == ReceivedReport::State::Analysing
                                  ? ReceivedReportsModel::redactionText(*report)
                                  : report->redaction.isEmpty() ? tr("No redaction check ran.")
                                                                : report->redaction);
    QStringList diff;
    if (report->channel == ReceivedReport::Channel::Owner) {
        diff << tr("An owner registration is not a report: there is nothing to compare it with.");
    } else {
        diff << tr("Against the report computed from the database when it arrived%1: %2")
                    .arg(report->computedEntryId > 0 ? tr(" (history entry #%1)").arg(report->computedEntryId)
                                                     : QString(),
                         ReceivedReportsModel::diffText(*report));
        diff << tr("api_requests* differ by design (only the server counts requests); lines marked ! are "
                   "unexpected.");
        diff << QString();
        diff << report->diff;
    }
    m_diff->setPlainText(diff.join(QLatin1Char('\n')));
}

bool ReceivedReportsDialog::approveSelected(bool confirmed)
{
    const ReceivedReport *selected = selectedReport();
    if (!selected || !selected->isOpen())
        return false;
    const ReceivedReport report = *selected;
    const QString destination = destinationOf(report);
    if (!confirmed) {
        QString question
            = tr("Forward #%1 (%2, %3 bytes, SHA-256 %4…) to\n%5\n\nThe exact bytes received are sent, with "
                 "the "
                 "Authorization header the server sent (or the project's TELEMETRY_AUTHORIZATION).")
                  .arg(report.id)
                  .arg(ReceivedReportsModel::kindText(report))
                  .arg(report.bytes.size())
                  .arg(QString::fromLatin1(report.sha256.left(12)),
                       destination.isEmpty() ? tr("(nowhere known: set Forward to)") : destination);
        if (report.diffFlagged || report.redactionFailed)
            question += QStringLiteral("\n\n")
                + tr("Careful: the checks flagged this report (redaction %1, diff %2).")
                      .arg(ReceivedReportsModel::redactionText(report),
                           ReceivedReportsModel::diffText(report));
        if (!m_confirmer(tr("Approve and Forward"), question, tr("Forward")))
            return false;
    }
    QString error;
    if (!m_gate->approve(report.id, &error)) {
        showError(error);
        return false;
    }
    showError(QString());
    return true;
}

bool ReceivedReportsDialog::discardSelected(bool confirmed)
{
    const ReceivedReport *selected = selectedReport();
    if (!selected || !selected->isOpen())
        return false;
    const qint64 id = selected->id;
    if (!confirmed
        && !m_confirmer(tr("Discard"),
                        tr("Discard #%1? It will never be forwarded. Some licences require reports to reach "
                           "Directus; discarding may breach them.")
                            .arg(id),
                        tr("Discard")))
        return false;
    QString error;
    if (!m_gate->discard(id, &error)) {
        showError(error);
        return false;
    }
    showError(QString());
    return true;
}

void ReceivedReportsDialog::reloadQueue()
{
    if (m_services.history && m_services.history->isOpen())
        m_gate->reload();
}

void ReceivedReportsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    reloadQueue();
    m_reloadTimer->start();
}

void ReceivedReportsDialog::hideEvent(QHideEvent *event)
{
    m_reloadTimer->stop();
    QDialog::hideEvent(event);
}

QString ReceivedReportsDialog::statusText() const
{
    return m_status->text();
}

QString ReceivedReportsDialog::hintText() const
{
    return m_hint->text();
}

QString ReceivedReportsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ReceivedReportsDialog::detailText() const
{
    return m_summary->toPlainText();
}

QString ReceivedReportsDialog::redactionText() const
{
    return m_redaction->toPlainText();
}

QString ReceivedReportsDialog::diffText() const
{
    return m_diff->toPlainText();
}
