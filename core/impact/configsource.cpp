// SPDX-License-Identifier: GPL-3.0-or-later
#include "impact/configsource.h"

#include <thread>

namespace rs {

namespace {

// A ConfigSet and the RouteModel that points into it, built in place and never moved.
struct LoadedConfig {
    ConfigSet config;
    RouteModel model;
};

Unexpected<SourceError> cancelled()
{
    SourceError e;
    e.code = SourceError::Code::Cancelled;
    return Unexpected{e};
}

} // namespace

ConfigSource ConfigSource::file(const QString &path)
{
    ConfigSource s;
    s.kind = Kind::File;
    s.path = path;
    return s;
}

ConfigSource ConfigSource::texts(const QString &path, const QByteArray &text, const QHash<QString, QByteArray> &overlay)
{
    ConfigSource s;
    s.kind = Kind::Texts;
    s.path = path;
    s.text = text;
    s.overlay = overlay;
    return s;
}

ConfigSource ConfigSource::gitRevision(const QString &path, const QString &revision)
{
    ConfigSource s;
    s.kind = Kind::GitRevision;
    s.path = path;
    s.revision = revision;
    return s;
}

ConfigSource ConfigSource::built(std::shared_ptr<const RouteModel> model)
{
    ConfigSource s;
    s.kind = Kind::Built;
    s.path = model ? model->config().mainTree().path() : QString();
    s.model = std::move(model);
    return s;
}

Result<std::shared_ptr<const RouteModel>, SourceError> loadConfigSource(const ConfigSource &source,
                                                                        const std::atomic_bool *cancel)
{
    if (source.kind == ConfigSource::Kind::Built)
        return source.model;
    auto loaded = std::make_shared<LoadedConfig>();
    LoadOptions options;
    options.cancel = cancel;
    std::unique_ptr<GitRevisionFiles> revision;
    switch (source.kind) {
    case ConfigSource::Kind::Texts:
        options.overlay = &source.overlay;
        loaded->config = ConfigSet::fromText(source.text, source.path, options);
        break;
    case ConfigSource::Kind::GitRevision: {
        auto opened = GitRevisionFiles::open(source.path, source.revision);
        if (!opened) {
            SourceError e;
            e.code = SourceError::Code::Git;
            e.git = opened.error();
            return Unexpected{e};
        }
        revision = std::move(*opened);
        options.files = revision.get();
        [[fallthrough]];
    }
    case ConfigSource::Kind::File: {
        IoResult<ConfigSet> set = ConfigSet::load(source.path, options);
        if (!set) {
            if (set.error().code == IoErrorCode::Cancelled)
                return cancelled();
            SourceError e;
            e.code = SourceError::Code::Io;
            e.io = set.error();
            return Unexpected{e};
        }
        loaded->config = std::move(*set);
        break;
    }
    case ConfigSource::Kind::Built:
        break;
    }
    if (loaded->config.wasCancelled() || (cancel && cancel->load()))
        return cancelled();
    loaded->model = RouteModel::build(loaded->config);
    return std::shared_ptr<const RouteModel>(loaded, &loaded->model);
}

LoadedSides loadConfigSources(const ConfigSource &before, const ConfigSource &after, const std::atomic_bool *cancel)
{
    std::optional<Result<std::shared_ptr<const RouteModel>, SourceError>> first;
    std::thread other([&] { first.emplace(loadConfigSource(before, cancel)); });
    Result<std::shared_ptr<const RouteModel>, SourceError> second = loadConfigSource(after, cancel);
    other.join();
    return {std::move(*first), std::move(second)};
}

} // namespace rs
