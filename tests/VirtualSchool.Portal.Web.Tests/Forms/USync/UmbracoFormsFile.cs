namespace VirtualSchool.Portal.Web.Tests.Forms.USync;

/// <summary>uSync.Forms files as Umbraco Forms' own JSON writes them (ids, columns, its spellings), for the import's tolerance.</summary>
internal static class UmbracoFormsFile
{
    public static string Wrap(Guid fileKey, string alias, string json) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Form Key="{fileKey}" Alias="{alias}">
          <Data><![CDATA[{json}]]></Data>
        </Form>
        """;

    public static string Minimal(Guid fileKey, Guid dataKey, string name) =>
        Wrap(fileKey, "minimal", $$"""{ "id": "{{dataKey}}", "name": "{{name}}", "pages": [ { "caption": "", "fieldSets": [ { "containers": [ { "width": 12, "fields": [] } ] } ] } ] }""");

    /// <summary>A form of one page, a fieldset in two columns, a switched-off condition and a "GreaterThen" rule.</summary>
    public static string Contact(Guid key, Guid age, Guid reason, Guid workflow) =>
        Wrap(key, "umbracoContact", $$"""
        {
          "Id": "{{key}}", "Name": "Umbraco contact", "SubmitLabel": "Submit", "prevLabel": "Previous",
          "manualApproval": false, "goToPageOnSubmit": 0, "folderId": null, "created": "2024-05-01T10:00:00",
          "pages": [
            {
              "caption": "Page one",
              "sortOrder": 0,
              "fieldSets": [
                {
                  "id": "{{Guid.NewGuid()}}",
                  "caption": "About you",
                  "containers": [
                    {
                      "caption": null,
                      "width": 6,
                      "fields": [
                        {
                          "id": "{{age}}",
                          "alias": "age",
                          "caption": "Age",
                          "fieldTypeId": "3f92e01b-29e2-4a30-bf33-9df5580ed52c",
                          "required": true,
                          "regex": "^[0-9]+$",
                          "invalidErrorMessage": "Enter your age in years",
                          "toolTip": "In years",
                          "containsSensitiveData": true,
                          "settings": { "FieldType": "number", "MaximumLength": 3, "ShowLabel": true },
                          "preValues": [],
                          "condition": { "enabled": false, "actionType": 0, "logicType": 0, "rules": [] }
                        }
                      ]
                    },
                    {
                      "caption": null,
                      "width": 6,
                      "fields": [
                        {
                          "id": "{{reason}}",
                          "alias": "reason",
                          "caption": "Reason",
                          "fieldTypeId": "903df9b0-a78c-11de-9fc1-db7a56d89593",
                          "mandatory": false,
                          "regex": null,
                          "preValues": [ "Work", "Study" ],
                          "condition": {
                            "id": "{{Guid.NewGuid()}}",
                            "enabled": true,
                            "actionType": "Show",
                            "logicType": "All",
                            "rules": [ { "id": "{{Guid.NewGuid()}}", "field": "{{age}}", "operator": "GreaterThen", "value": "17" } ]
                          }
                        }
                      ]
                    }
                  ]
                }
              ]
            }
          ],
          "workflows": [
            {
              "id": "{{workflow}}", "name": "Email the team", "workflowTypeId": "e96badd7-05be-4978-b8d9-b3d733de70a5",
              "executesOn": "Submitted", "isActive": true, "includeSensitiveData": "False", "sortOrder": 0,
              "settings": { "Email": "team@example.org", "Subject": "New entry" }
            }
          ]
        }
        """);
}
