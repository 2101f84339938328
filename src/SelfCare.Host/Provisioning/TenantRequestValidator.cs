using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SelfCare.Host.Hosting;
using SelfCare.Host.HostData;
using SelfCare.Host.Modules;
using SelfCare.Host.Themes;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Provisioning;

/// <summary>Checks a tenant request and turns it into a registry row; every problem gets a message a person understands.</summary>
internal sealed partial class TenantRequestValidator(ModuleCatalog modules, ThemeCatalog themes, IOptions<SelfCareOptions> options)
{
    // Path segments the host itself answers on; a tenant prefix may not hide them.
    private static readonly HashSet<string> ReservedSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "host", "api", "_content", "_framework", "branding", "status", "login", "logout", "activate", "admin",
        "denied", "health", "search", "css", "js", "lib", "favicon.ico",
    };

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")]
    private static partial Regex HostPattern();

    public (TenantRecord? Record, Dictionary<string, string[]> Errors) Validate(
        CreateTenantRequest request, TakenNames taken, DateTimeOffset now, bool requireAdminEmail)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        var id = request.Id?.Trim().ToLowerInvariant() ?? "";
        if (!IdPattern().IsMatch(id))
            Error("id", "The tenant id must be 2 to 40 characters: lowercase letters, digits and dashes, starting with a letter.");
        else if (taken.Id(id))
            Error("id", $"A tenant with the id '{id}' already exists.");

        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100 || name.Any(char.IsControl))
            Error("name", "Enter a display name of 1 to 100 characters.");

        var hosts = (request.Hosts ?? []).Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).Distinct().ToList();
        foreach (var host in hosts)
        {
            if (!HostPattern().IsMatch(host))
                Error("hosts", $"'{Shorten(host)}' is not a valid host name.");
            else if (taken.Host(host) || options.Value.HostNames.Contains(host, StringComparer.OrdinalIgnoreCase))
                Error("hosts", $"The host name '{host}' is already in use.");
        }

        var prefix = string.IsNullOrWhiteSpace(request.Prefix) ? null : request.Prefix.Trim().Trim('/').ToLowerInvariant();
        if (prefix is not null)
        {
            if (!IdPattern().IsMatch(prefix))
                Error("prefix", "The URL prefix must be 2 to 40 characters: lowercase letters, digits and dashes, starting with a letter.");
            else if (ReservedSegments.Contains(prefix) || modules.Modules.Any(m => m.Manifest.Tabs.Any(t => FirstSegment(t.Path) == prefix)))
                Error("prefix", $"The URL prefix '{prefix}' is used by the portal itself. Choose another.");
            else if (taken.Prefix(prefix))
                Error("prefix", $"The URL prefix '{prefix}' is already in use.");
        }
        if (hosts.Count == 0 && prefix is null)
            Error("hosts", "Give the tenant at least one host name or a URL prefix, or customers cannot reach it.");

        var theme = string.IsNullOrWhiteSpace(request.Theme) ? ThemeCatalog.DefaultTheme : request.Theme.Trim();
        if (!themes.Themes.ContainsKey(theme))
            Error("theme", $"There is no theme '{Shorten(theme)}'. Installed: {string.Join(", ", themes.Themes.Keys)}.");
        else
            theme = themes.Themes[theme].Info.Name;

        var timeZone = string.IsNullOrWhiteSpace(request.TimeZone) ? "UTC" : request.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
            Error("timeZone", $"'{Shorten(timeZone)}' is not a known time zone. Use an IANA name such as America/New_York.");

        if (!Enum.TryParse<DatabaseProvider>(string.IsNullOrWhiteSpace(request.DatabaseProvider) ? "Sqlite" : request.DatabaseProvider, true, out var provider)
            || !Enum.IsDefined(provider))
            Error("databaseProvider", "The database provider must be Sqlite or Postgres.");
        else if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(request.ConnectionString)
                 && string.IsNullOrWhiteSpace(options.Value.TenantPostgres))
            Error("databaseProvider", "PostgreSQL is not configured on this host (SelfCare:TenantPostgres); give a connection string or use Sqlite.");
        var connectionString = string.IsNullOrWhiteSpace(request.ConnectionString) ? null : request.ConnectionString.Trim();
        if (connectionString is { Length: > 1000 })
            Error("connectionString", "The connection string is too long.");

        var profile = Features(request.FeatureProfile, modules.ById.Keys, "featureProfile", Error);
        var enabled = Features(request.EnabledFeatures, profile, "enabledFeatures", Error);
        foreach (var feature in enabled)
        {
            var missing = modules.DependenciesOf(feature).Where(d => !enabled.Contains(d, StringComparer.OrdinalIgnoreCase)).ToList();
            if (missing.Count > 0)
                Error("enabledFeatures", $"{feature} needs {string.Join(", ", missing)}; enable those too.");
            if (!profile.Contains(feature, StringComparer.OrdinalIgnoreCase))
                Error("enabledFeatures", $"{feature} is not in the feature profile.");
        }

        var email = request.FirstAdminEmail?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            if (requireAdminEmail)
                Error("firstAdminEmail", "Enter the email address of the tenant's first admin.");
        }
        else if (email.Length > 256 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
            Error("firstAdminEmail", "Enter a valid email address for the first admin.");

        if (errors.Count > 0)
            return (null, errors);
        return (new TenantRecord
        {
            Id = id, Name = name, Hosts = TenantRecord.Join(hosts), Prefix = prefix, Theme = theme, TimeZone = timeZone,
            DatabaseProvider = provider.ToString(), ConnectionString = connectionString,
            FeatureProfile = TenantRecord.Join(profile), EnabledFeatures = TenantRecord.Join(enabled),
            FirstAdminEmail = email, CreatedAt = now,
        }, errors);
    }

    private List<string> Features(List<string>? requested, IEnumerable<string> whenEmpty, string field, Action<string, string> error)
    {
        var names = (requested ?? []).Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
        if (names.Count == 0)
            return [.. whenEmpty];
        var result = new List<string>();
        foreach (var name in names)
        {
            if (modules.ById.TryGetValue(name, out var module))
                result.Add(module.Manifest.Id);
            else
                error(field, $"There is no module '{Shorten(name)}'. Installed: {string.Join(", ", modules.ById.Keys)}.");
        }
        return result.Distinct().ToList();
    }

    private static string FirstSegment(string path) => path.Trim('/').Split('/')[0].ToLowerInvariant();

    private static string Shorten(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
