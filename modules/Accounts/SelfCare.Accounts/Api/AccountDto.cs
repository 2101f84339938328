using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Api;

internal sealed record AccountDto(Guid Id, string Number, string Name, Guid? ParentId, string? City, string? Region, string Status)
{
    public static AccountDto From(Account a) => new(a.Id, a.Number, a.Name, a.ParentId, a.City, a.Region, a.Status.ToString());
}
