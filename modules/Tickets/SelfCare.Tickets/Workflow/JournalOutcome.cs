namespace SelfCare.Tickets.Workflow;

/// <summary>What a reply, note, status change or assignment did. <see cref="Duplicate"/>: the same form was already posted (nothing written again).</summary>
internal enum JournalOutcome
{
    Added,
    Duplicate,
    NotFound,
    Refused,
}
