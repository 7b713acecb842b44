namespace IntegrationBot.Core.Export;

/// <summary>The file types a card can be downloaded as.</summary>
public enum ExportFormat
{
    Xlsx,
    Docx,
}
