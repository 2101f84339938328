using System.Runtime.CompilerServices;
using SelfCare.Platform.Modules;

[assembly: PortalModule(typeof(SelfCare.Agreements.AgreementsModule))]
[assembly: InternalsVisibleTo("SelfCare.Tests")]
