namespace SelfCare.Host.Demo;

/// <summary>The demo accounts and users of one demo tenant (Demo/demo-data.json).</summary>
internal sealed class DemoData
{
    public List<DemoAccount> Accounts { get; set; } = [];
    public List<DemoUser> Users { get; set; } = [];
    public List<DemoService> Services { get; set; } = [];
    public List<DemoContact> Contacts { get; set; } = [];
    public List<DemoLocation> Locations { get; set; } = [];
    public List<DemoGroup> Groups { get; set; } = [];

    /// <summary>What the login page offers people without a login (an <c>OnboardingMode</c> name); null: sign-up.</summary>
    public string? Onboarding { get; set; }
}
