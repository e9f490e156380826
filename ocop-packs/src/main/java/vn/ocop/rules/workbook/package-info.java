/** Tables an officer keeps in a spreadsheet, read as the library's values: portfolios as workbooks or CSV. */
package vn.ocop.rules.workbook;
