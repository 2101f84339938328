namespace SelfCare.Host.Demo;

/// <summary>
/// One demo ticket: account, about (null: the account; "service:{service id}"; "order:" the account's newest order), the
/// conversation (text prefixed "staff:", "note:" or nothing for the customer) and hours ago it was opened.
/// </summary>
internal sealed record DemoTicket(
    string Account, string? About, string Category, string Priority, string Status, string Subject, string Description,
    bool Assigned, int HoursAgo, params string[] Conversation);
