// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/TopLevelDomains.h"

#include <QFile>
#include <QSet>
#include <QTextStream>
#include <algorithm>

namespace facet {

namespace {

struct SystemList
{
    QStringList domains;
    bool fromFile = false;
};

const SystemList& systemList()
{
    static const SystemList list = [] {
        SystemList l;
        l.domains = TopLevelDomains::fromPublicSuffixList(
            QString::fromLatin1(TopLevelDomains::kPublicSuffixList), &l.fromFile);
        if (!l.fromFile)
            l.domains = TopLevelDomains::builtIn();
        return l;
    }();
    return list;
}

// Longest first, so an alternation tries "community" before "com" (the lookahead after a TLD would reject
// the short one anyway; this only saves backtracking).
QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end(), [](const QString& a, const QString& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    return list;
}

} // namespace

const QStringList& TopLevelDomains::system()
{
    return systemList().domains;
}

bool TopLevelDomains::systemIsPublicSuffixList()
{
    return systemList().fromFile;
}

QStringList TopLevelDomains::fromPublicSuffixList(const QString& path, bool* ok)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (ok)
            *ok = false;
        return {};
    }
    QSet<QString> domains;
    QTextStream in(&file);
    QString line;
    while (in.readLineInto(&line)) {
        // A rule is read up to the first white space; "//" starts a comment line.
        QStringView rule = QStringView(line).trimmed();
        const qsizetype space = rule.indexOf(u' ');
        if (space >= 0)
            rule = rule.first(space);
        if (rule.isEmpty() || rule.startsWith(u"//"))
            continue;
        const qsizetype dot = rule.lastIndexOf(u'.');
        const QStringView last = dot >= 0 ? rule.sliced(dot + 1) : rule;
        if (!last.isEmpty() && last != u"*" && !last.startsWith(u'!'))
            domains.insert(last.toString().toLower());
    }
    if (ok)
        *ok = !domains.isEmpty();
    return sorted(domains);
}

QStringList TopLevelDomains::builtIn()
{
    static const char* const generic[] = {
        "com",   "net",   "org",     "edu",      "gov",       "mil",    "int",   "info",      "biz",
        "name",  "pro",   "aero",    "coop",     "museum",    "mobi",   "asia",  "tel",       "travel",
        "jobs",  "cat",   "post",    "xxx",      "app",       "dev",    "shop",  "store",     "online",
        "site",  "blog",  "news",    "page",     "cloud",     "tech",   "xyz",   "top",       "club",
        "eco",   "swiss", "berlin",  "paris",    "london",    "nyc",    "tokyo", "amsterdam", "bayern",
        "koeln", "wien",  "hamburg", "brussels", "barcelona", "madrid", "email", "link",      "live",
        "media", "world", "global"};
    // Every two-letter country code with a delegated TLD.
    static const char countries[] = "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh "
                                    "bi bj bm bn bo br bs bt bv bw by "
                                    "bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm "
                                    "do dz ec ee eg er es et eu fi fj "
                                    "fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk "
                                    "hm hn hr ht hu id ie il im in io "
                                    "iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk "
                                    "lr ls lt lu lv ly ma mc md me mg "
                                    "mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl "
                                    "no np nr nu nz om pa pe pf pg ph "
                                    "pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj "
                                    "sk sl sm sn so sr ss st su sv sx "
                                    "sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz "
                                    "va vc ve vg vi vn vu wf ws ye yt "
                                    "za zm zw";
    QSet<QString> domains;
    for (const char* g : generic)
        domains.insert(QString::fromLatin1(g));
    for (const QString& c : QString::fromLatin1(countries).split(u' '))
        domains.insert(c);
    return sorted(domains);
}

} // namespace facet
