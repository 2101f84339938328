namespace SelfCare.Agreements.Data;

/// <summary>
/// What moved minutes in or out of a bucket. Credits: Purchase (a block), Included (a month's allotment), CarryIn; debits: Draw, Expiry,
/// CarryOut; Adjustment either way. CarryOut/CarryIn pairs move unused included hours to the next month and net to zero.
/// </summary>
internal enum LedgerEntryKind
{
    Purchase,
    Included,
    Draw,
    Adjustment,
    Expiry,
    CarryOut,
    CarryIn,
}
