using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Tests.Synopsis;

public sealed class InMemorySynopsisRepositoryTests
{
    private static readonly InMemorySynopsisRepository Repository = new(SeedData.Document);

    [Theory]
    [InlineData("Stuttgart", true)]
    [InlineData("München", true)]
    [InlineData("muenchen", false)]
    [InlineData("stuttgart", false)]
    [InlineData("Köln", false)]
    public void Finds_cities_by_exact_canonical_name(string name, bool found)
    {
        Assert.Equal(found, Repository.FindCity(name) is not null);
    }

    [Theory]
    [InlineData("Orga - Anbindung", true)]
    [InlineData("Orga-Struktur", true)]
    [InlineData("Orga-Anbindung", false)]
    public void Finds_aspects_by_exact_title(string title, bool found)
    {
        Assert.Equal(found, Repository.FindAspect(title) is not null);
    }

    [Fact]
    public void Finds_the_entry_of_a_city_for_an_aspect()
    {
        var entry = Repository.Find(Repository.FindCity("Stuttgart")!, Repository.FindAspect("Orga - Anbindung")!);
        Assert.Equal("Geschäftskreis des Oberbürgermeisters", entry!.PlainText);
        Assert.Null(Repository.Find(Repository.FindCity("München")!, Repository.FindAspect("Orga - Anbindung")!));
    }

    [Fact]
    public void Lists_entries_of_a_city_in_aspect_order_and_of_an_aspect_in_city_order()
    {
        Assert.Equal(
            ["Orga - Anbindung", "Orga-Struktur"],
            Repository.ForCity(Repository.FindCity("Bielefeld")!).Select(e => e.Aspect.Title));
        Assert.Equal(
            ["Frankfurt", "Stuttgart", "München", "Münster"],
            Repository.ForAspect(Repository.FindAspect("Aufgaben und Arbeitsweise der zuständigen Dienststelle")!).Select(e => e.City.Name));
        Assert.Empty(Repository.ForCity(new City("Köln")));
    }
}
