using SelfCare.Accounts.Data;
using SelfCare.Platform.Documents;

namespace SelfCare.Accounts.Export;

internal static class ContactExport
{
    public static readonly IReadOnlyList<ExportColumn<ContactExportRow>> Columns =
    [
        ExportColumn<ContactExportRow>.Text("Account", r => r.Account, width: 14),
        ExportColumn<ContactExportRow>.Text("Name", r => r.Name, width: 30),
        ExportColumn<ContactExportRow>.Text("Role", r => r.Role, width: 24),
        ExportColumn<ContactExportRow>.Text("Email", r => r.Email, width: 32),
        ExportColumn<ContactExportRow>.Text("Office phone", r => r.OfficePhone, width: 16),
        ExportColumn<ContactExportRow>.Text("Mobile phone", r => r.MobilePhone, width: 16),
        ExportColumn<ContactExportRow>.Text("Billing", r => r.Billing, width: 8),
        ExportColumn<ContactExportRow>.Text("Technical", r => r.Technical, width: 8),
        ExportColumn<ContactExportRow>.Text("Status", r => r.Status, width: 10),
    ];

    public static IReadOnlyList<ContactExportRow> Rows(IEnumerable<Contact> contacts, IReadOnlyDictionary<Guid, Account> accounts) =>
        [.. contacts.Select(c => new ContactExportRow(
            accounts.TryGetValue(c.AccountId, out var a) ? a.Number : "", c.Name, c.Role, c.Email, c.OfficePhone, c.MobilePhone,
            c.Billing ? "Yes" : "No", c.Technical ? "Yes" : "No", c.Active ? "Active" : "Inactive"))];
}
