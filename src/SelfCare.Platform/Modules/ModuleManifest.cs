using SelfCare.Platform.Data;
using SelfCare.Platform.Email;
using SelfCare.Platform.Jobs;

namespace SelfCare.Platform.Modules;

/// <summary>
/// What a module declares about itself. Its id is also its feature name; its Razor Pages live in
/// the area of the same name and answer 404 wherever the feature is off.
/// </summary>
public sealed record ModuleManifest(string Id, string Name, string Description)
{
    public IReadOnlyList<string> DependsOn { get; init; } = [];
    public IReadOnlyList<NavigationTab> Tabs { get; init; } = [];
    public IReadOnlyList<SummaryWidget> Widgets { get; init; } = [];
    public IReadOnlyList<SchemaDescriptor> Schemas { get; init; } = [];
    public IReadOnlyList<RecurringJob> Jobs { get; init; } = [];

    /// <summary>Emails this module sends; tenant admins edit them on Admin > Email templates.</summary>
    public IReadOnlyList<EmailTemplateDefinition> EmailTemplates { get; init; } = [];

    /// <summary>The module's <see cref="Search.ISearchProvider"/> types (registered scoped by the module) for the shell's search bar.</summary>
    public IReadOnlyList<Type> SearchProviders { get; init; } = [];

    /// <summary>The module's <see cref="Reports.IReportDefinition"/> types (registered scoped by the module) for the Reports tab.</summary>
    public IReadOnlyList<Type> Reports { get; init; } = [];
}
