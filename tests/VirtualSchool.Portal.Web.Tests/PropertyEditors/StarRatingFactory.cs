using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Web.PropertyEditors;
using VirtualSchool.Portal.Web.Tests.BackOffice;

namespace VirtualSchool.Portal.Web.Tests.PropertyEditors;

/// <summary>The portal with one editor of a site's own registered, as a site would register it.</summary>
public sealed class StarRatingFactory : BackOfficeFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddPropertyEditor<StarRatingEditor>());
    }
}
