namespace SelfCare.Agreements.Data;

/// <summary>Where pre-paid time comes from: the agreement's included monthly hours, or a purchased block.</summary>
internal enum BucketKind
{
    Included,
    Block,
}
