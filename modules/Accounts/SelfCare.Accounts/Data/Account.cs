namespace SelfCare.Accounts.Data;

internal sealed class Account
{
    public Guid Id { get; set; }
    public required string Number { get; set; }
    public required string Name { get; set; }
    public Guid? ParentId { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public AccountStatus Status { get; set; } = AccountStatus.Active;
    public DateTimeOffset CreatedAt { get; set; }
}
