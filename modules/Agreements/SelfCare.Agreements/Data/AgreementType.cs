namespace SelfCare.Agreements.Data;

/// <summary>The managed-services agreements (seed 001). The drawdown order is set per type (<see cref="DrawOrderSetting"/>).</summary>
internal enum AgreementType
{
    MasterServices,
    EmergencySupport,
    HelpDesk,
    BlockHours,
}
