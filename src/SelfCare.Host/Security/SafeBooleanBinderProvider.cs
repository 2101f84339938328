using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Logging;

namespace SelfCare.Host.Security;

/// <summary>Puts <see cref="SafeBooleanBinder"/> in front of MVC's own binder for bool and bool? fields.</summary>
internal sealed class SafeBooleanBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.ModelType;
        if (type != typeof(bool) && type != typeof(bool?))
            return null;
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new SafeBooleanBinder(new SimpleTypeModelBinder(type, loggers));
    }
}
