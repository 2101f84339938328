namespace SelfCare.Host.Demo;

/// <summary>
/// A demo order on an account (by number). Dates are offsets in days from the seeding day, so the activation
/// calendar has orders around "now" whenever the demo is started. It is created in <see cref="CreatedStatus"/>
/// and then moves through <see cref="Steps"/>; its service address is a demo location (by name) or typed.
/// </summary>
internal sealed class DemoOrder
{
    public string Number { get; set; } = "";
    public string Account { get; set; } = "";
    public string? Type { get; set; }
    public string? Description { get; set; }
    public int CreatedDaysAgo { get; set; }
    public string CreatedBy { get; set; } = "";
    public string CreatedStatus { get; set; } = "New";
    public int? RequestedInDays { get; set; }
    public int? ActivationInDays { get; set; }
    public string? Location { get; set; }
    public DemoOrderAddress? Address { get; set; }
    public List<DemoOrderLine> Lines { get; set; } = [];
    public List<DemoOrderStep> Steps { get; set; } = [];
    public List<DemoOrderNote> Notes { get; set; } = [];
}
