// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/treeeditor.h"

namespace rs {

namespace {

TreeEdit refuse(TreeEditRefusal why, const QString &subject = {})
{
    TreeEdit e;
    e.refusal = why;
    e.subject = subject;
    return e;
}

// A file's edit, as the tree's.
TreeEdit fromFile(const ConfigSet &config, int file, EditResult r)
{
    TreeEdit e;
    if (!r.ok) {
        e.refusal = TreeEditRefusal::File;
        e.subject = config.tree(file).path();
        e.fileResult = std::move(r);
        return e;
    }
    e.ok = true;
    e.warnings = std::move(r.warnings);
    if (!r.edits.isEmpty())
        e.files.append({file, config.tree(file).path(), std::move(r.edits), std::move(r.text)});
    return e;
}

// The refusal for editing in `file`, if it is read-only.
std::optional<TreeEdit> readOnly(const ConfigSet &config, int file, const QString &subject)
{
    if (!config.file(file).readOnly)
        return std::nullopt;
    TreeEdit e = refuse(TreeEditRefusal::ReadOnlyInclude, subject);
    e.readOnlyInclude = TreeEditor::readOnlyVia(config, file);
    return e;
}

// The file and node that hold the global Routes: where it is written, else the
// opened file's top level.
NodeRef globalRoutesHome(const RouteModel &model)
{
    if (const auto &option = model.global().routesOption)
        return {option->file, SyntaxTree::root()};
    return {0, SyntaxTree::root()};
}

// Where a Domain stanza of the target is, or where a new one goes.
struct Place {
    int scope = -1;      ///< the existing stanza, or -1
    int container = 0;   ///< the level it belongs to
};

} // namespace

NodeRef TreeEditor::readOnlyVia(const ConfigSet &config, int file)
{
    for (int f = file; f > 0 && config.file(f).readOnly; f = config.file(f).includedBy.file) {
        const NodeRef inc = config.file(f).includedBy;
        if (inc.isValid() && config.tree(inc.file).nameIs(inc.node, QLatin1StringView("readonly_include"))
            && !config.file(inc.file).readOnly)
            return inc;
    }
    return {};
}

TreeEditRefusal TreeEditor::whyNotEditable(const RouteModel &model, int scope, NodeRef *include)
{
    if (scope < 0 || scope >= model.scopes().size())
        return TreeEditRefusal::NotAScope;
    const RoutingScope &s = model.scopes().at(scope);
    if (s.kind == ScopeKind::Host || s.kind == ScopeKind::Other)
        return TreeEditRefusal::NotAScope;
    const int file = scope == 0 ? globalRoutesHome(model).file : s.location.ref.file;
    if (model.config().file(file).readOnly) {
        if (include)
            *include = readOnlyVia(model.config(), file);
        return TreeEditRefusal::ReadOnlyInclude;
    }
    return TreeEditRefusal::None;
}

TreeEdit TreeEditor::setRoutesOf(const RouteModel &model, int scope, const QStringList &entries)
{
    const ConfigSet &config = model.config();
    if (const TreeEditRefusal why = whyNotEditable(model, scope); why == TreeEditRefusal::NotAScope)
        return refuse(why);
    const NodeRef home = scope == 0 ? globalRoutesHome(model) : model.scopes().at(scope).location.ref;
    if (auto r = readOnly(config, home.file, config.tree(home.file).path()))
        return *r;
    return fromFile(config, home.file, RouteEditor::setRoutesIn(config.tree(home.file), home.node, entries));
}

TreeEdit TreeEditor::clearRoutesOf(const RouteModel &model, int scope)
{
    const ConfigSet &config = model.config();
    if (const TreeEditRefusal why = whyNotEditable(model, scope); why == TreeEditRefusal::NotAScope)
        return refuse(why);
    if (scope == 0 && !model.global().routesOption)
        return fromFile(config, 0, RouteEditor::clearRoutesIn(config.mainTree(), SyntaxTree::root()));
    const NodeRef home = scope == 0 ? globalRoutesHome(model) : model.scopes().at(scope).location.ref;
    if (auto r = readOnly(config, home.file, config.tree(home.file).path()))
        return *r;
    return fromFile(config, home.file, RouteEditor::clearRoutesIn(config.tree(home.file), home.node));
}

TreeEdit TreeEditor::removeScope(const RouteModel &model, int scope)
{
    const ConfigSet &config = model.config();
    if (scope == 0)
        return refuse(TreeEditRefusal::GlobalScope);
    if (scope < 0 || scope >= model.scopes().size())
        return refuse(TreeEditRefusal::NotAScope);
    const NodeRef ref = model.scopes().at(scope).location.ref;
    if (auto r = readOnly(config, ref.file, config.tree(ref.file).path()))
        return *r;
    return fromFile(config, ref.file, RouteEditor::removeScope(config.tree(ref.file), ref.node));
}

TreeEdit TreeEditor::addDomain(const RouteModel &model, int container, const QString &name,
                               const QStringList &entries, int intoFile)
{
    const ConfigSet &config = model.config();
    NodeRef home{intoFile, SyntaxTree::root()};
    if (container != 0) {
        if (container < 0 || container >= model.scopes().size()
            || (model.scopes().at(container).kind != ScopeKind::Binding
                && model.scopes().at(container).kind != ScopeKind::BindingGroup))
            return refuse(TreeEditRefusal::NotAScope);
        home = model.scopes().at(container).location.ref;
    } else if (intoFile < 0 || intoFile >= config.fileCount()) {
        return refuse(TreeEditRefusal::NotInTree);
    }
    if (model.findDomainIn(container, name) >= 0)
        return refuse(TreeEditRefusal::AlreadyExists, name);
    if (auto r = readOnly(config, home.file, config.tree(home.file).path()))
        return *r;
    TreeEdit e = fromFile(config, home.file, RouteEditor::addDomainScope(config.tree(home.file), home.node, name, entries));
    e.created = e.ok;
    return e;
}

static std::optional<TreeEdit> locate(const RouteModel &model, const RoutesTarget &target, Place &place)
{
    if (!target.binding.isEmpty()) {
        place.container = model.findBinding(target.binding);
        if (place.container < 0)
            return refuse(TreeEditRefusal::NoSuchBinding, target.binding);
    }
    if (!target.domain.isEmpty())
        place.scope = model.findDomainIn(place.container, target.domain);
    return std::nullopt;
}

TreeEdit TreeEditor::setRoutes(const RouteModel &model, const RoutesTarget &target, const QStringList &entries)
{
    if (target.domain.isEmpty())
        return setRoutesOf(model, 0, entries);
    Place place;
    if (auto refused = locate(model, target, place))
        return *refused;
    if (place.scope < 0)
        return addDomain(model, place.container, target.domain, entries, target.intoFile);
    return setRoutesOf(model, place.scope, entries);
}

TreeEdit TreeEditor::clearRoutes(const RouteModel &model, const RoutesTarget &target)
{
    if (target.domain.isEmpty())
        return clearRoutesOf(model, 0);
    Place place;
    if (auto refused = locate(model, target, place))
        return *refused;
    if (place.scope < 0) {
        TreeEdit nothing;
        nothing.ok = true;  // no stanza, so no Routes to clear
        return nothing;
    }
    return clearRoutesOf(model, place.scope);
}

} // namespace rs
