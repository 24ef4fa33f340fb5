// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogmodel.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QSet>

namespace Saldo {

namespace {

QString jsonText(const QJsonValue &value);

/// An allocation {"invoice": "FV1", "amount": "10.00"} as "FV1 10.00"; another object as its
/// values.
QString objectText(const QJsonObject &object)
{
    QStringList parts;
    for (const QString &key : { QStringLiteral("invoice"), QStringLiteral("amount") }) {
        if (object.contains(key))
            parts.append(jsonText(object.value(key)));
    }
    if (parts.isEmpty()) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            parts.append(jsonText(it.value()));
    }
    return parts.join(u' ');
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? AuditLogModel::tr("yes") : AuditLogModel::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.isObject() ? objectText(item.toObject()) : jsonText(item));
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return objectText(value.toObject());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

/// The field's name as the bookkeeper reads it; a field not known here keeps its own name.
QString fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("paid"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "paid") },
        { QStringLiteral("paid_date"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "paid on") },
        { QStringLiteral("total"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "total") },
        { QStringLiteral("number"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "number") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "kind") },
        { QStringLiteral("currency"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "currency") },
        { QStringLiteral("posted"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "posted") },
        { QStringLiteral("variable_symbol"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "VS") },
        { QStringLiteral("counterparty_id"),
          QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "counterparty") },
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "name") },
        { QStringLiteral("company_id"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "company ID") },
        { QStringLiteral("ibans"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "IBANs") },
        { QStringLiteral("import"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "import") },
        { QStringLiteral("line"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "line") },
        { QStringLiteral("type"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "type") },
        { QStringLiteral("colour"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "colour") },
        { QStringLiteral("allocations"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "documents") },
        { QStringLiteral("deleted"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "deleted") },
        { QStringLiteral("annulled"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "annulled") },
        { QStringLiteral("written"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "written") },
        { QStringLiteral("state"), QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "state") },
        { QStringLiteral("rows_written"),
          QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "rows written") },
        { QStringLiteral("invoices_updated"),
          QT_TRANSLATE_NOOP("Saldo::AuditLogModel", "invoices paid") },
    };
    if (const char *label = labels.value(key))
        return AuditLogModel::tr(label);
    return key;
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditLogModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == SortRole && index.column() == TimeColumn)
        return entry.at.toMSecsSinceEpoch();
    if (role == Qt::ToolTipRole && index.column() == ChangesColumn)
        return describeChanges(entry).replace(QStringLiteral("; "), QStringLiteral("\n"));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case UserColumn:
        return entry.user;
    case EntityColumn:
        return entityText(entry);
    case ActionColumn:
        return actionText(entry.action);
    case ChangesColumn:
        return describeChanges(entry);
    default:
        return {};
    }
}

QString AuditLogModel::entityText(const AuditEntry &entry) const
{
    // Invoices and counterparties by the number and name their records carry: the row id
    // means nothing to a bookkeeper.
    const QJsonObject &state = entry.after.isEmpty() ? entry.before : entry.after;
    const QString number = state.value(QStringLiteral("number")).toString();
    const QString counterparty = state.value(QStringLiteral("name")).toString();
    if (entry.entity == u"invoice" && !number.isEmpty())
        return tr("Invoice %1").arg(number);
    if (entry.entity == u"counterparty" && !counterparty.isEmpty())
        return tr("Counterparty %1").arg(counterparty);
    QString name = entry.entity;
    if (entry.entity == u"invoice")
        name = tr("Invoice");
    else if (entry.entity == u"invoice_import")
        name = tr("Invoice import");
    else if (entry.entity == u"allocation")
        name = tr("Allocation");
    else if (entry.entity == u"statement_import")
        name = tr("Statement import");
    else if (entry.entity == u"statement_line")
        return statementLineText(entry);
    else if (entry.entity == u"counterparty_iban")
        name = tr("Counterparty's IBAN");
    else if (entry.entity == u"setting")
        name = tr("Setting");
    else if (entry.entity == u"own_account")
        name = tr("Bank account");
    else if (entry.entity == u"counterparty")
        name = tr("Counterparty");
    return entry.entityId != 0 ? tr("%1 #%2").arg(name).arg(entry.entityId) : name;
}

QString AuditLogModel::statementLineText(const AuditEntry &entry) const
{
    // Named as the bookkeeper knows it: the line of the file and its import (entries written
    // before the import was recorded have the line only; older ones neither).
    const QJsonObject &state = entry.after.isEmpty() ? entry.before : entry.after;
    const int line = state.value(QStringLiteral("line")).toInt();
    const qint64 import = state.value(QStringLiteral("import")).toInteger();
    if (line > 0 && import > 0)
        return tr("Statement line %1 of import %2").arg(line).arg(import);
    if (line > 0)
        return tr("Statement line %1").arg(line);
    return tr("Statement line #%1").arg(entry.entityId);
}

QString AuditLogModel::actionText(const QString &action) const
{
    if (action == u"create")
        return tr("Created");
    if (action == u"update")
        return tr("Changed");
    if (action == u"delete")
        return tr("Deleted");
    if (action == u"import")
        return tr("Imported");
    if (action == u"confirm")
        return tr("Confirmed");
    // The hand edits of statement lines (ImportRepository).
    static const QHash<QString, const char *> lineActions {
        { QStringLiteral("allocate"), QT_TR_NOOP("Allocated") },
        { QStringLiteral("set_counterparty"), QT_TR_NOOP("Counterparty set") },
        { QStringLiteral("set_type"), QT_TR_NOOP("Type set") },
        { QStringLiteral("edit"), QT_TR_NOOP("Edited") },
        { QStringLiteral("undo"), QT_TR_NOOP("Undone") },
        { QStringLiteral("redo"), QT_TR_NOOP("Redone") },
        { QStringLiteral("annul"), QT_TR_NOOP("Annulled") },
        { QStringLiteral("write"), QT_TR_NOOP("Written") },
        { QStringLiteral("payment"), QT_TR_NOOP("Payment") },
    };
    if (const char *text = lineActions.value(action))
        return tr(text);
    return action;
}

QString AuditLogModel::describeChanges(const AuditEntry &entry)
{
    QStringList keys = entry.before.keys() + entry.after.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList parts;
    for (const QString &key : std::as_const(keys)) {
        const QString before = jsonText(entry.before.value(key));
        const QString after = jsonText(entry.after.value(key));
        const QString label = fieldLabel(key);
        if (entry.before.isEmpty())
            parts.append(QStringLiteral("%1: %2").arg(label, after));
        else if (entry.after.isEmpty())
            parts.append(QStringLiteral("%1: %2").arg(label, before));
        else if (before != after)
            parts.append(QStringLiteral("%1: %2 → %3").arg(label, before, after));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case UserColumn:
        return tr("User");
    case EntityColumn:
        return tr("What");
    case ActionColumn:
        return tr("Action");
    case ChangesColumn:
        return tr("Changes");
    default:
        return {};
    }
}

} // namespace Saldo
