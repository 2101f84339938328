namespace SelfCare.Platform.Data;

/// <summary>A row that belongs to one customer account; <see cref="ModuleDbContext"/> scopes it automatically.</summary>
public interface IAccountOwned
{
    Guid AccountId { get; }
}
