using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VirtualSchool.Portal.Core.Notifications;

public static class NotificationHandlerRegistration
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> as one singleton and as the handler of every notification it
    /// implements <see cref="INotificationHandler{TNotification}"/> for, so one instance (and its state) sees them
    /// all. Handlers run in the order they were registered.
    /// </summary>
    public static IServiceCollection AddNotificationHandler<THandler>(this IServiceCollection services)
        where THandler : class
    {
        services.TryAddSingleton<THandler>();
        var handlerInterfaces = typeof(THandler).GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(INotificationHandler<>));
        foreach (var handlerInterface in handlerInterfaces)
        {
            services.AddSingleton(handlerInterface, sp => sp.GetRequiredService<THandler>());
        }

        return services;
    }
}
