namespace SelfCare.Tickets.Data;

/// <summary>What a journal entry records. <see cref="InternalNote"/> is staff-only: never on a customer page, email or export.</summary>
internal enum JournalKind
{
    Message,
    InternalNote,
    StatusChange,
    Attachment,
    Assignment,
}
