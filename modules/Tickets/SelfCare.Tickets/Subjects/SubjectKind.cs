namespace SelfCare.Tickets.Subjects;

/// <summary>A choice in the Related item's kind drop-down.</summary>
internal sealed record SubjectKind(string Kind, string Label);
