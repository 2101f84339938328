namespace SelfCare.Accounts.Contracts;

public sealed record NewContact(
    Guid AccountId, string Name, string? Role, string? Email, string? OfficePhone, string? MobilePhone, bool Billing, bool Technical);
