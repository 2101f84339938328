namespace SelfCare.Tests.Email;

/// <summary>A row of a test module's own table, to show a module change and its email committing together.</summary>
public sealed class Shipment
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
}
