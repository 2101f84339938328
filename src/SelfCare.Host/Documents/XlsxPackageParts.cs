using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SelfCare.Host.Documents;

/// <summary>
/// The small parts of a one-sheet workbook package. The ZIP is written by hand (ZipArchive in create mode)
/// rather than through SpreadsheetDocument because System.IO.Packaging opens a package read-write and keeps
/// every part in memory until it closes: a million-row sheet would sit in RAM. Parts here are tiny.
/// </summary>
internal static class XlsxPackageParts
{
    public const string SheetPath = "xl/worksheets/sheet1.xml";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static void WriteContentTypes(ZipArchive zip)
    {
        using var xml = Open(zip, "[Content_Types].xml");
        xml.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, "xml", "application/xml");
        Override(xml, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(xml, "/" + SheetPath, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        Override(xml, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        xml.WriteEndElement();
    }

    public static void WriteRelationships(ZipArchive zip)
    {
        using (var xml = Open(zip, "_rels/.rels"))
        {
            xml.WriteStartElement("Relationships", PackageRelationships);
            Relationship(xml, "rId1", OfficeRelationships + "/officeDocument", "xl/workbook.xml");
            xml.WriteEndElement();
        }
        using (var xml = Open(zip, "xl/_rels/workbook.xml.rels"))
        {
            xml.WriteStartElement("Relationships", PackageRelationships);
            Relationship(xml, "rId1", OfficeRelationships + "/worksheet", "worksheets/sheet1.xml");
            Relationship(xml, "rId2", OfficeRelationships + "/styles", "styles.xml");
            xml.WriteEndElement();
        }
    }

    public static void WriteStyles(ZipArchive zip, XlsxStyles styles)
    {
        using var stream = zip.CreateEntry("xl/styles.xml", CompressionLevel.Fastest).Open();
        styles.Build().Save(stream);
    }

    /// <summary>The workbook, written after the sheet so the auto-filter's defined name knows the last row.</summary>
    public static void WriteWorkbook(ZipArchive zip, string sheetName, string filterRange)
    {
        var workbook = new Workbook(
            new BookViews(new WorkbookView()),
            new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = "rId1" }),
            new DefinedNames(new DefinedName($"{SheetName.Quoted(sheetName)}!{filterRange}")
            {
                Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true,
            }));
        workbook.AddNamespaceDeclaration("r", OfficeRelationships);
        using var stream = zip.CreateEntry("xl/workbook.xml", CompressionLevel.Fastest).Open();
        workbook.Save(stream);
    }

    private static XmlWriter Open(ZipArchive zip, string path) =>
        XmlWriter.Create(zip.CreateEntry(path, CompressionLevel.Fastest).Open(),
            new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = true });

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string partName, string contentType)
    {
        xml.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        xml.WriteAttributeString("PartName", partName);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", PackageRelationships);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }
}
