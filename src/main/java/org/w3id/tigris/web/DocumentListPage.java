package org.w3id.tigris.web;

/** Every ingested document, a page at a time, named by headline, outlet and date. */
final class DocumentListPage {
    private final PageContext context;

    DocumentListPage(PageContext context) {
        this.context = context;
    }

    /** @param page zero-based */
    String render(int page) {
        String body = "<h1>Documents</h1>" + new TableView(context).render(context.tables().documents(), page,
                p -> context.links().path("/tigris/documents?page=" + p), "No documents ingested yet.");
        return Layout.page(context.links(), "Documents", body);
    }
}
