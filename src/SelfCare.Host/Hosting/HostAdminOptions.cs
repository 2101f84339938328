namespace SelfCare.Host.Hosting;

internal sealed class HostAdminOptions
{
    /// <summary>The first host operator, created when the host database is new.</summary>
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";

    /// <summary>Keys accepted by the host JSON API (header X-Admin-Key).</summary>
    public List<string> ApiKeys { get; set; } = [];
}
