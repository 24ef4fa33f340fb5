// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

namespace Saldo::Cli {

int Context::fail(const QString &message, int code) const
{
    *err << QStringLiteral("saldo-cli: ") << message << Qt::endl;
    return code;
}

void Context::print(const QString &text) const
{
    out->write(text.toUtf8());
}

ArgParser::ArgParser(const Context &context, QString usage)
    : m_context(context)
    , m_usage(std::move(usage))
{ }

void ArgParser::addValueOption(const QString &name, const QString &)
{
    m_valueOptions.append(name);
}

void ArgParser::addFlag(const QString &name)
{
    m_flags.append(name);
}

bool ArgParser::parse(int minPositional, int maxPositional)
{
    const QStringList &args = m_context.args;
    auto bad = [this](const QString &why) {
        m_context.fail(Translate::tr("%1\nusage: saldo-cli %2").arg(why, m_usage), BadUsage);
        return false;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            m_positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (m_flags.contains(name) && eq < 0) {
            m_set.insert(name);
        } else if (m_valueOptions.contains(name)) {
            if (eq < 0) {
                if (i + 1 >= args.size())
                    return bad(Translate::tr("option --%1 needs a value").arg(name));
                inlineValue = args.at(++i);
            }
            m_set.insert(name);
            m_values.insert(name, inlineValue);
        } else {
            return bad(Translate::tr("unknown option %1").arg(arg));
        }
    }
    if (m_positional.size() < minPositional)
        return bad(Translate::tr("missing argument"));
    if (maxPositional >= 0 && m_positional.size() > maxPositional)
        return bad(Translate::tr("unexpected argument %1").arg(m_positional.at(maxPositional)));
    return true;
}

bool ArgParser::isSet(const QString &name) const
{
    return m_set.contains(name);
}

QString ArgParser::value(const QString &name) const
{
    return m_values.value(name);
}

QStringList ArgParser::positional() const
{
    return m_positional;
}

} // namespace Saldo::Cli
