<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../gui/qt/actions.py" line="125"/>
        <source>&amp;Mở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="127"/>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="124"/>
        <source>Mớ&amp;i</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="122"/>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="123"/>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="126"/>
        <source>Nhập từ &amp;văn bản…</source>
        <translation>&amp;Import from document…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="128"/>
        <source>Lưu t&amp;hành…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="129"/>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="130"/>
        <source>I&amp;n…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="131"/>
        <source>X&amp;em trước khi in…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="132"/>
        <source>&amp;Ký số…</source>
        <translation>Si&amp;gn digitally…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="133"/>
        <source>&amp;Xuất</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="134"/>
        <source>Thông báo &amp;kết luận…</source>
        <translation>&amp;Conclusion notice…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="135"/>
        <source>&amp;Biên bản…</source>
        <translation>&amp;Minutes…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="136"/>
        <source>&amp;Tin bài…</source>
        <translation>&amp;News item…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="137"/>
        <source>&amp;Phụ lục…</source>
        <translation>&amp;Annex…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="138"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="139"/>
        <source>Mở gần đâ&amp;y</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="143"/>
        <source>Tiếng &amp;Việt</source>
        <translation>Tiếng &amp;Việt</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="144"/>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="146"/>
        <source>Tự động lưu bản khôi &amp;phục…</source>
        <translation>A&amp;utosave recovery copy…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="156"/>
        <source>Lấy số &amp;văn bản tiếp theo</source>
        <translation>Take the next document &amp;number</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="140"/>
        <source>Chọn &amp;hồ sơ cơ quan</source>
        <translation>Choose &amp;agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="141"/>
        <source>&amp;Sửa hồ sơ cơ quan…</source>
        <translation>&amp;Edit agency profile…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="142"/>
        <source>&amp;Mở hồ sơ từ tệp…</source>
        <translation>&amp;Open profile from file…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="148"/>
        <source>&amp;Giới thiệu Bienban</source>
        <translation>&amp;About Bienban</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="149"/>
        <source>&amp;Sổ theo dõi nhiệm vụ…</source>
        <translation>&amp;Directive tracking book…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="151"/>
        <source>Chọn &amp;thư mục lưu trữ…</source>
        <translation>Choose &amp;library folder…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="154"/>
        <source>Tạo cuộc họp &amp;kỳ tiếp theo</source>
        <translation>Start the next &amp;period’s meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="160"/>
        <source>&amp;1 Đầu văn bản</source>
        <translation>&amp;1 Document header</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="161"/>
        <source>&amp;2 Cuộc họp</source>
        <translation>&amp;2 Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="162"/>
        <source>&amp;3 Nội dung</source>
        <translation>&amp;3 Content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="163"/>
        <source>&amp;4 Chỉ đạo</source>
        <translation>&amp;4 Directives</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="164"/>
        <source>&amp;5 Kết thúc</source>
        <translation>&amp;5 Closing</translation>
    </message>
</context>
<context>
    <name>AnnexDialog</name>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="55"/>
        <location filename="../../gui/qt/annexdialog.py" line="84"/>
        <source>Xuất phụ lục</source>
        <translation>Export annex</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="60"/>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="61"/>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="62"/>
        <source>Kèm theo văn bản</source>
        <translation>Attached to the document</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="64"/>
        <source>Nội dung phụ lục</source>
        <translation>Annex content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="67"/>
        <source>(một phụ lục, không đánh số)</source>
        <translation>(a single annex, not numbered)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="68"/>
        <source>Số thứ tự phụ lục</source>
        <translation>Annex number</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="70"/>
        <location filename="../../gui/qt/annexdialog.py" line="92"/>
        <source>Tên phụ lục</source>
        <translation>Annex title</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="73"/>
        <source>Tài liệu Word (DOCX)</source>
        <translation>Word document (DOCX)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="74"/>
        <location filename="../../gui/qt/annexdialog.py" line="93"/>
        <source>Định dạng</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="75"/>
        <source>Ký số của cơ quan, tổ chức (góc trên bên phải trang 1)</source>
        <translation>Agency&apos;s digital signature (top right of page 1)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="76"/>
        <source>Chữ ký số của cơ quan, tổ chức</source>
        <translation>Digital signature of the agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="89"/>
        <source>Kèm theo</source>
        <translation>Attached to</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="90"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="91"/>
        <source>Phụ lục số</source>
        <translation>Annex number</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="136"/>
        <source>Các nhiệm vụ của cuộc họp (bảng nhiệm vụ)</source>
        <translation>The meeting&apos;s tasks (task table)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="138"/>
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="138"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="168"/>
        <source>Tệp phụ lục: %s</source>
        <translation>Annex file: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="170"/>
        <source>Văn bản chưa có số: chữ ký số trên phụ lục ghi số đó.</source>
        <translation>The document has no number yet: the annex&apos;s digital signature shows it.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="177"/>
        <source>Chưa xuất được: %s.</source>
        <translation>Could not export: %s.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/annexdialog.py" line="194"/>
        <source>Chưa xuất được: %s</source>
        <translation>Could not export: %s</translation>
    </message>
</context>
<context>
    <name>AttendeesEditor</name>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="742"/>
        <location filename="../../gui/qt/blockeditors.py" line="751"/>
        <location filename="../../gui/qt/blockeditors.py" line="786"/>
        <source>Cách viết</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="744"/>
        <source>đồng chí Nguyễn Văn A - Phó Trưởng ban</source>
        <translation>đồng chí Nguyễn Văn A - Phó Trưởng ban</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="745"/>
        <source>Ông Nguyễn Văn A, Phó Trưởng phòng</source>
        <translation>Ông Nguyễn Văn A, Phó Trưởng phòng</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="746"/>
        <source>Ông: Nguyễn Văn A - Chức vụ: Giám đốc</source>
        <translation>Ông: Nguyễn Văn A - Chức vụ: Giám đốc</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="758"/>
        <location filename="../../gui/qt/blockeditors.py" line="761"/>
        <source>Danh xưng</source>
        <translation>Honorific</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="766"/>
        <source>Chỉ người của cơ quan</source>
        <translation>Only people from the organisation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="769"/>
        <source>Cơ quan</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="771"/>
        <source>Nhóm và đánh số theo cơ quan</source>
        <translation>Group and number by organisation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="774"/>
        <source>Nhóm theo cơ quan</source>
        <translation>Group by organisation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="777"/>
        <location filename="../../gui/qt/blockeditors.py" line="781"/>
        <location filename="../../gui/qt/blockeditors.py" line="790"/>
        <source>Cuối mỗi dòng</source>
        <translation>End of each line</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="778"/>
        <source>«;» (dòng cuối «.»)</source>
        <translation>“;” (last line “.”)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="779"/>
        <source>«.»</source>
        <translation>“.”</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="783"/>
        <source>Sửa danh sách ở mục Cuộc họp</source>
        <translation>Edit the list under Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="787"/>
        <source>Danh xưng mặc định</source>
        <translation>Default honorific</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="788"/>
        <source>Chỉ người của (để trống: tất cả)</source>
        <translation>Only people from (empty: everyone)</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="416"/>
        <source>Họ tên / nhóm</source>
        <translation>Name / group</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="417"/>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, organisation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="418"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="419"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="420"/>
        <source>Tham dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="421"/>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="428"/>
        <source>Thêm người dự</source>
        <translation>Add attendee</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../gui/qt/tracking.py" line="385"/>
        <source>Biểu đồ thực hiện nhiệm vụ theo phòng, đơn vị</source>
        <translation>Chart of task progress by department</translation>
    </message>
</context>
<context>
    <name>BlockTasksModel</name>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="298"/>
        <source>Phòng, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="299"/>
        <source>Nội dung (câu in ra)</source>
        <translation>Content (sentence as printed)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="300"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="301"/>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="302"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="303"/>
        <source>Hạn (diễn đạt)</source>
        <translation>Deadline (in words)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="304"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="305"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="312"/>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
</context>
<context>
    <name>BoundEditor</name>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="919"/>
        <source>Đến nơi nhập</source>
        <translation>Go to where it is entered</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="933"/>
        <source>Nội dung → Diễn biến, kết quả → Báo cáo và ý kiến</source>
        <translation>Content → Proceedings and results → Reports and contributions</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="935"/>
        <source>Nội dung → Diễn biến, kết quả → Tình hình thực hiện nhiệm vụ kỳ trước</source>
        <translation>Content → Proceedings and results → Progress on the previous meeting’s tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="938"/>
        <source>Nội dung → Diễn biến, kết quả → Kết quả đạt được; Hạn chế, tồn tại</source>
        <translation>Content → Proceedings and results → Results achieved; Shortcomings and outstanding issues</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="940"/>
        <source>Chỉ đạo → Chỉ đạo chung</source>
        <translation>Directions → General directions</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="941"/>
        <source>Chỉ đạo → Phòng, đơn vị và nhiệm vụ</source>
        <translation>Directions → Departments and tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="943"/>
        <source>Cuộc họp → thời gian, địa điểm, chủ trì, thư ký, thành phần tham dự</source>
        <translation>Meeting → time, venue, chair, secretary, attendees</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="945"/>
        <source>Các mục có tiêu đề hoặc đánh số của Thông báo</source>
        <translation>The notice’s headed or numbered sections</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="946"/>
        <source>Cuộc họp → giờ kết thúc và ngày họp</source>
        <translation>Meeting → end time and meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="951"/>
        <source>Nội dung khối này lấy từ: %s</source>
        <translation>This block’s content comes from: %s</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="33"/>
        <source>Danh sách cảnh báo</source>
        <translation>List of warnings</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="70"/>
        <source>Kiểm tra biên bản</source>
        <translation>Checks: minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="71"/>
        <source>Kiểm tra tin bài</source>
        <translation>Checks: news item</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="72"/>
        <source>Kiểm tra thông báo kết luận</source>
        <translation>Checks: conclusion notice</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="103"/>
        <source>✓ Không có cảnh báo cho biên bản.</source>
        <translation>✓ No warnings for the minutes.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="104"/>
        <source>✓ Không có cảnh báo cho tin bài.</source>
        <translation>✓ No warnings for the news item.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="105"/>
        <source>✓ Không có cảnh báo cho thông báo kết luận.</source>
        <translation>✓ No warnings for the conclusion notice.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="116"/>
        <source>Chưa có số biên bản.</source>
        <translation>No minutes number yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="118"/>
        <source>Chưa có số văn bản.</source>
        <translation>No document number yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="119"/>
        <source>Chưa có ngày lập biên bản.</source>
        <translation>No date for the minutes yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="121"/>
        <source>Chưa có ngày ban hành.</source>
        <translation>No issue date yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="122"/>
        <source>Chưa có ngày họp.</source>
        <translation>No meeting date yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="123"/>
        <source>Chưa ghi người chủ trì cuộc họp.</source>
        <translation>The meeting chair has not been entered.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="124"/>
        <source>Phòng, đơn vị số %s chưa có tên.</source>
        <translation>Department no. %s has no name.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="126"/>
        <source>%s, nhiệm vụ %s: chưa có thời hạn.</source>
        <translation>%s, task %s: no deadline set.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="128"/>
        <source>%s, nhiệm vụ %s: thời hạn %s trước ngày họp.</source>
        <translation>%s, task %s: deadline %s is before the meeting date.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="131"/>
        <source>Tên cơ quan ban hành đang viết in hoa toàn bộ: hãy viết như trong câu văn (vd. Sở Công Thương, Văn phòng); phần đầu văn bản tự in hoa.</source>
        <translation>The issuing agency is typed all in capitals: type it as in a sentence (e.g. Sở Công Thương, Văn phòng); the heading prints it in capitals.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="134"/>
        <source>Số %s đã dùng cho văn bản cùng loại trong năm: %s.</source>
        <translation>Number %s is already used by a document of the same type in the same year: %s.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="137"/>
        <source>Ngày lập biên bản %s trước ngày họp %s.</source>
        <translation>The minutes are dated %s, before the meeting on %s.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="139"/>
        <source>Ngày ban hành %s trước ngày họp %s.</source>
        <translation>Issue date %s is before the meeting on %s.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="142"/>
        <source>Giờ kết thúc %s trước giờ bắt đầu %s.</source>
        <translation>End time %s is before the start time %s.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="144"/>
        <source>Chưa ghi người ký văn bản.</source>
        <translation>No signer of the document yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="146"/>
        <source>«%s» có vẻ là một nhóm hay cơ quan, không phải một người: đánh dấu «Nhóm» để không in «đồng chí» trước tên.</source>
        <translation>“%s” reads as a group or an agency, not a person: tick “Group” so that “đồng chí” is not printed before it.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="152"/>
        <source>«%s» là cấp phó: ký thay mặt tập thể thì chọn thẩm quyền ký «TM. … / KT. …».</source>
        <translation>«%s» is a deputy: when signing on behalf of the collective, choose the signing authority «TM. … / KT. …».</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="155"/>
        <source>«%s» là cấp phó: ký thừa lệnh thì chọn thẩm quyền ký «TL. … / KT. …».</source>
        <translation>«%s» is a deputy: when signing by order, choose the signing authority «TL. … / KT. …».</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="159"/>
        <source>«%s» là cấp phó: ký thay người đứng đầu thì chọn thẩm quyền ký «KT.».</source>
        <translation>«%s» is a deputy: when signing for the head, choose the signing authority «KT.».</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="163"/>
        <source>Đã chọn «Tự viết câu mở đầu», mà phần mở đầu gõ tay cũng kể ngày họp: văn bản sẽ mở đầu hai lần; bỏ đoạn gõ tay hay bỏ chọn tự viết.</source>
        <translation>“Write the opening sentence” is ticked, and the typed opening also gives the meeting&apos;s day: the document would open twice; remove the typed sentence or untick the option.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="167"/>
        <source>Phần mở đầu ghi ngày %s, khác ngày họp %s: sửa câu mở đầu hay ngày họp.</source>
        <translation>The opening says the meeting was on %s, but the meeting date is %s: correct the opening sentence or the meeting date.</translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="462"/>
        <location filename="../../gui/qt/sections.py" line="466"/>
        <source>Câu kết</source>
        <translation>Closing sentence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="463"/>
        <source>… thông báo để các phòng, đơn vị biết, thực hiện</source>
        <translation>… hereby notifies the departments for their information and implementation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="469"/>
        <source>Nơi nhận</source>
        <translation>Recipients (Nơi nhận)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="470"/>
        <source>Mỗi dòng một nơi nhận; dòng cuối: Lưu: VT, …</source>
        <translation>One recipient per line; last line: Lưu: VT, …</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="473"/>
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation>Recipients (Nơi nhận) (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="476"/>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="480"/>
        <location filename="../../gui/qt/sections.py" line="481"/>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="484"/>
        <location filename="../../gui/qt/sections.py" line="486"/>
        <source>Ký thay / thừa lệnh cho</source>
        <translation>Signing for / by order of</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="486"/>
        <source>vd. TRƯỞNG BAN</source>
        <translation>e.g. HEAD OF THE BOARD</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="490"/>
        <location filename="../../gui/qt/sections.py" line="493"/>
        <source>Cấp trung gian (… / KT. …)</source>
        <translation>Intermediate level (… / KT. …)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="494"/>
        <source>vd. CHÁNH VĂN PHÒNG</source>
        <translation>e.g. CHIEF OF OFFICE</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="498"/>
        <location filename="../../gui/qt/sections.py" line="500"/>
        <source>Chức vụ người ký</source>
        <translation>Signatory’s position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="500"/>
        <source>vd. PHÓ TRƯỞNG BAN</source>
        <translation>e.g. DEPUTY HEAD OF THE BOARD</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="504"/>
        <location filename="../../gui/qt/sections.py" line="505"/>
        <source>Họ tên người ký</source>
        <translation>Signatory’s full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="505"/>
        <source>vd. Nguyễn Văn A</source>
        <translation>e.g. Nguyễn Văn A</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="511"/>
        <location filename="../../gui/qt/sections.py" line="512"/>
        <source>Ký hiệu người soạn thảo</source>
        <translation>Drafter’s abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="512"/>
        <source>vd. VP</source>
        <translation>e.g. VP</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="515"/>
        <source>Số bản phát hành</source>
        <translation>Number of copies issued</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="519"/>
        <source>Tin bài trên trang thông tin</source>
        <translation>News item for the website</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="522"/>
        <location filename="../../gui/qt/sections.py" line="524"/>
        <source>Tiêu đề tin</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="524"/>
        <source>vd. Hội nghị giao ban Quý III</source>
        <translation>e.g. Quarter III review meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="528"/>
        <location filename="../../gui/qt/sections.py" line="531"/>
        <source>Ngày đăng</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="536"/>
        <location filename="../../gui/qt/sections.py" line="537"/>
        <source>Bút danh, tác giả</source>
        <translation>Author, pen name</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="429"/>
        <source>Thông báo</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="430"/>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="434"/>
        <source>Diễn biến, kết quả</source>
        <translation>Proceedings and results</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="199"/>
        <source>Mở đầu, căn cứ (mỗi dòng một đoạn)</source>
        <translation>Opening and grounds (one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="204"/>
        <source>Tự viết câu mở đầu từ ngày họp, chủ trì và thành phần</source>
        <translation>Write the opening sentence automatically from the meeting date, chair and attendees</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="210"/>
        <source>Mở đầu, căn cứ</source>
        <translation>Opening and grounds</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="212"/>
        <source>Trên cơ sở rà soát …, sau khi nghe báo cáo …, đồng chí … kết luận như sau:</source>
        <translation>Having reviewed …, and after hearing the report on …, Comrade … concluded as follows:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="217"/>
        <source>Tình hình thực hiện nhiệm vụ kỳ trước</source>
        <translation>Progress on the previous meeting’s tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="221"/>
        <source>Tại văn bản</source>
        <translation>Reference document</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="221"/>
        <source>Thông báo số … ngày …</source>
        <translation>Thông báo số … ngày …</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="224"/>
        <source>Nhiệm vụ kỳ trước</source>
        <translation>Previous meeting’s tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="227"/>
        <source>Diễn biến cuộc họp</source>
        <translation>Meeting proceedings</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="228"/>
        <source>Báo cáo và ý kiến phát biểu (theo diễn biến)</source>
        <translation>Reports and contributions (in order of proceedings)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="232"/>
        <source>Kết quả đạt được (mỗi dòng một đoạn)</source>
        <translation>Results achieved (one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="235"/>
        <source>Hạn chế, tồn tại (mỗi dòng một đoạn)</source>
        <translation>Shortcomings and outstanding issues (one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="237"/>
        <source>In liền sau kết quả: mở đầu bằng «Tuy nhiên, …» hay «Bên cạnh đó, …»</source>
        <translation>Printed straight after the results: begin with «Tuy nhiên, …» (however) or «Bên cạnh đó, …» (besides)</translation>
    </message>
</context>
<context>
    <name>DepartmentsModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="471"/>
        <source>Phòng, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="474"/>
        <source>Thêm phòng, đơn vị</source>
        <translation>Add department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="479"/>
        <source>(chưa đặt tên)</source>
        <translation>(unnamed)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="155"/>
        <location filename="../../gui/qt/dialogs.py" line="168"/>
        <source>Mở chỉ để đọc</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="172"/>
        <source>Vẫn mở để sửa</source>
        <translation>Open for editing anyway</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="188"/>
        <source>Tải lại từ đĩa</source>
        <translation>Reload from disk</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="192"/>
        <source>Giữ bản đang mở</source>
        <translation>Keep the open version</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="248"/>
        <source>Thêm vào thư viện</source>
        <translation>Add to the library</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="249"/>
        <source>Bỏ qua</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="253"/>
        <source>Sổ theo dõi chưa đọc thư mục «%s». Thêm thư mục này vào thư viện?</source>
        <translation>The tracking book does not read “%s”. Add this folder to the library?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="277"/>
        <source>Khôi phục công việc chưa lưu</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="281"/>
        <source>Các bản khôi phục</source>
        <translation>Recovery copies</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="286"/>
        <source>(văn bản chưa đặt tên)</source>
        <translation>(untitled document)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="290"/>
        <source>%s — bản khôi phục bị hỏng: %s</source>
        <translation>%s — recovery copy is damaged: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="295"/>
        <source>%s — lưu tự động lúc %s, %d thay đổi chưa lưu</source>
        <translation>%s — autosaved at %s; unsaved changes: %d</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="299"/>
        <source>
    Tệp đã được lưu lúc %s, sau bản này: bản này cũ hơn, sẽ mở như văn bản mới (chưa đặt tên), không ghi đè tệp.</source>
        <translation>
    The file was saved at %s, after this copy: the copy is older and opens as a new (untitled) document, never over the file.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="314"/>
        <source>Khôi phục</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="318"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="325"/>
        <source>Bienban đã không đóng bình thường. Có thể khôi phục các văn bản sau (chúng sẽ mở ở trạng thái chưa lưu):</source>
        <translation>Bienban did not close properly. The following documents can be recovered (they will open as unsaved):</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="337"/>
        <source>Xóa các bản không đánh dấu (chúng sẽ không được hỏi lại)</source>
        <translation>Delete the copies not ticked (they will not be offered again)</translation>
    </message>
</context>
<context>
    <name>DirectivesSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="264"/>
        <source>Chỉ đạo chung (mỗi dòng một đoạn)</source>
        <translation>General directions (one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="265"/>
        <source>Chỉ đạo chung</source>
        <translation>General directions</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="269"/>
        <source>Phòng, đơn vị</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="275"/>
        <source>Thêm từ hồ sơ…</source>
        <translation>Add from profile…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="276"/>
        <source>Thêm phòng, đơn vị từ hồ sơ cơ quan</source>
        <translation>Add departments from the agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="282"/>
        <source>Phòng, đơn vị được giao</source>
        <translation>Assigned departments</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="287"/>
        <location filename="../../gui/qt/sections.py" line="308"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="368"/>
        <source>(hồ sơ chưa có danh sách phòng)</source>
        <translation>(the profile has no department list)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="387"/>
        <source>(chưa đặt tên)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="388"/>
        <source>Nhiệm vụ của: %s</source>
        <translation>Tasks for: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="390"/>
        <source>Nhiệm vụ (chọn phòng, đơn vị bên trái)</source>
        <translation>Tasks (select a department on the left)</translation>
    </message>
</context>
<context>
    <name>DiscussionModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="458"/>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="458"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="461"/>
        <source>Thêm ý kiến</source>
        <translation>Add contribution</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="392"/>
        <source>Bố cục</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="393"/>
        <source>Tiêu đề, chữ ký, cách viết hạn</source>
        <translation>Title, signatures, deadline wording</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsForm</name>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="273"/>
        <source>Đầu văn bản</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="278"/>
        <location filename="../../gui/qt/docsettings.py" line="282"/>
        <location filename="../../gui/qt/docsettings.py" line="283"/>
        <source>Tên loại văn bản</source>
        <translation>Document type name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="280"/>
        <source>BIÊN BẢN</source>
        <translation>BIÊN BẢN</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="280"/>
        <source>THÔNG BÁO</source>
        <translation>THÔNG BÁO</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="286"/>
        <source>Trích yếu biên bản</source>
        <translation>Minutes summary (trích yếu)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="286"/>
        <source>để trống: Cuộc họp …</source>
        <translation>empty: Cuộc họp …</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="289"/>
        <source>Trích yếu</source>
        <translation>Summary (trích yếu)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="291"/>
        <source>In cột cơ quan (bỏ khi biên bản liên tịch)</source>
        <translation>Print the agency column (untick for joint minutes)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="293"/>
        <source>In dòng «Số: …»</source>
        <translation>Print the “Số: …” line</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="296"/>
        <source>Số biên bản</source>
        <translation>Minutes number</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="299"/>
        <source>Loại văn bản (viết tắt)</source>
        <translation>Document type (abbreviation)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="300"/>
        <source>Loại biên bản (viết tắt)</source>
        <translation>Minutes type (abbreviation)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="300"/>
        <source>BB</source>
        <translation>BB</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="303"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="306"/>
        <source>Địa danh biên bản</source>
        <translation>Place name of the minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="307"/>
        <source>để trống: địa danh của thông báo</source>
        <translation>empty: the notice&apos;s place name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="310"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="310"/>
        <source>Ngày lập biên bản</source>
        <translation>Date the minutes were drawn up</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="313"/>
        <source>Không ghi ngày và địa danh: biên bản không in dòng «…, ngày … tháng … năm …», như Mẫu 1.9 của Nghị định 30/2020/NĐ-CP (thời gian ghi trong nội dung).</source>
        <translation>With neither date nor place, the minutes print no «…, ngày … tháng … năm …» line, as in Form 1.9 of Decree 30/2020/NĐ-CP (the time is written in the body).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="323"/>
        <source>ngày (để trống) tháng</source>
        <translation>day (left blank), month</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="324"/>
        <source>Tháng (ngày để trống)</source>
        <translation>Month (day left blank)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="325"/>
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="326"/>
        <source>Năm (ngày để trống)</source>
        <translation>Year (day left blank)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="328"/>
        <source>Chưa có ngày ký</source>
        <translation>No signing date yet</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="332"/>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="332"/>
        <source>Người ký thêm (người ký chính ở Kết thúc)</source>
        <translation>Additional signatories (the main signatory is under Closing)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="338"/>
        <source>Người ký biên bản</source>
        <translation>Signatories of the minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="338"/>
        <source>Người ký thêm của thông báo</source>
        <translation>Additional signatories of the notice</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="347"/>
        <source>Dùng người ký mặc định (THƯ KÝ, CHỦ TỌA)</source>
        <translation>Use the default signatories (THƯ KÝ, CHỦ TỌA)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="349"/>
        <source>Bỏ hết người ký thêm</source>
        <translation>Remove all additional signatories</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="353"/>
        <source>Hai người một hàng; ba người một hàng khi có ba, hoặc từ năm người trở lên.</source>
        <translation>Two per row; three per row when there are three, or five or more.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="361"/>
        <source>Kết thúc biên bản</source>
        <translation>End of the minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="366"/>
        <location filename="../../gui/qt/docsettings.py" line="369"/>
        <source>Câu kết biên bản</source>
        <translation>Closing sentence of the minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="367"/>
        <source>Biên bản được lập thành 02 bản có giá trị như nhau …</source>
        <translation>Biên bản được lập thành 02 bản có giá trị như nhau … (the minutes are made in 02 copies of equal validity …)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="370"/>
        <source>Câu kết</source>
        <translation>Closing sentence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="374"/>
        <location filename="../../gui/qt/docsettings.py" line="378"/>
        <source>Nơi nhận biên bản</source>
        <translation>Recipients of the minutes (Nơi nhận)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="375"/>
        <source>Nơi nhận riêng (không theo thông báo)</source>
        <translation>Own recipients (not the notice’s)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="376"/>
        <source>Mỗi dòng một nơi nhận; để trống: không in Nơi nhận</source>
        <translation>One recipient per line; empty: no Nơi nhận is printed</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="379"/>
        <source>Nơi nhận</source>
        <translation>Recipients (Nơi nhận)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="382"/>
        <source>Cách viết hạn của nhiệm vụ</source>
        <translation>Wording of task deadlines</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="387"/>
        <location filename="../../gui/qt/docsettings.py" line="393"/>
        <source>Cách viết ngày</source>
        <translation>Date style</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="389"/>
        <source>ngày 20/10/2024</source>
        <translation>ngày 20/10/2024</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="390"/>
        <source>ngày 20 tháng 10 năm 2024</source>
        <translation>ngày 20 tháng 10 năm 2024</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="394"/>
        <source>Ngày hạn</source>
        <translation>Deadline date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="396"/>
        <location filename="../../gui/qt/docsettings.py" line="398"/>
        <source>Chữ trước ngày hạn</source>
        <translation>Words before the deadline date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="396"/>
        <source>hoàn thành trước</source>
        <translation>hoàn thành trước</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="400"/>
        <location filename="../../gui/qt/docsettings.py" line="403"/>
        <source>Ngăn cách trước hạn</source>
        <translation>Separator before the deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="404"/>
        <source>; (dấu chấm phẩy)</source>
        <translation>; (semicolon)</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="101"/>
        <source>Sửa «%s»</source>
        <translation>Edit “%s”</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../../gui/qt/errorhandling.py" line="106"/>
        <source>Đã xảy ra lỗi không mong muốn: %s

Công việc chưa lưu đã được ghi vào bản khôi phục (%d văn bản). Chi tiết ở %s.</source>
        <translation>An unexpected error occurred: %s

Unsaved work has been written to recovery copies (documents: %d). Details are in %s.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/errorhandling.py" line="117"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/qt/errorhandling.py" line="142"/>
        <source>Lưu văn bản ngay</source>
        <translation>Save the document now</translation>
    </message>
    <message>
        <location filename="../../gui/qt/errorhandling.py" line="146"/>
        <source>Tiếp tục làm việc</source>
        <translation>Continue working</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="86"/>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="87"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="88"/>
        <source>Văn bản thuần UTF-8 (*.txt)</source>
        <translation>Plain text, UTF-8 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="89"/>
        <source>Trang web HTML (*.html)</source>
        <translation>HTML web page (*.html)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="101"/>
        <source>Xuất văn bản</source>
        <translation>Export document</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="114"/>
        <source>Ghi đè?</source>
        <translation>Overwrite?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="114"/>
        <source>«%s» đã có. Ghi đè lên tệp đó?</source>
        <translation>“%s” already exists. Overwrite it?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="125"/>
        <source>Không xuất được văn bản</source>
        <translation>Could not export the document</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="128"/>
        <source>Đã xuất %s</source>
        <translation>Exported %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="156"/>
        <source>Văn bản phải được lưu trước khi xuất phụ lục. Lưu ngay?</source>
        <translation>The document must be saved before an annex is exported. Save now?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="157"/>
        <source>Xuất phụ lục</source>
        <translation>Export annex</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="169"/>
        <source>Đã xuất phụ lục %s</source>
        <translation>Annex exported: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="178"/>
        <source>Văn bản phải được lưu trước khi ký số. Lưu ngay?</source>
        <translation>The document must be saved before it is digitally signed. Save now?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="179"/>
        <source>Ký số</source>
        <translation>Sign digitally</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="196"/>
        <source>Chưa ký được phụ lục</source>
        <translation>The annex could not be signed</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="197"/>
        <source>Văn bản đã ký số; phụ lục chưa ký được: %s</source>
        <translation>The document is signed; the annex could not be signed: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/exportcontroller.py" line="201"/>
        <source>Đã ký số %s và phụ lục %s</source>
        <translation>Signed %s and annex %s</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <location filename="../../gui/qt/fields.py" line="193"/>
        <location filename="../../gui/qt/fields.py" line="229"/>
        <source>Sửa «%s»</source>
        <translation>Edit “%s”</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="64"/>
        <source>Biên bản cuộc họp (*%s *.json);;Mọi tệp (*)</source>
        <translation>Meeting records (*%s *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="72"/>
        <source>Chưa đặt tên</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="74"/>
        <source>Lưu thay đổi?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="75"/>
        <source>«%s» có thay đổi chưa lưu. Lưu lại trước khi đóng?</source>
        <translation>“%s” has unsaved changes. Save before closing?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="94"/>
        <source>Mở biên bản</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="104"/>
        <location filename="../../gui/qt/filecontroller.py" line="131"/>
        <source>Nhập từ văn bản</source>
        <translation>Import from document</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="106"/>
        <source>Văn bản (*.docx *.txt);;Mọi tệp (*)</source>
        <translation>Documents (*.docx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="120"/>
        <source>Không nhập được văn bản</source>
        <translation>Could not import the document</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="145"/>
        <source>Không mở được tệp</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="160"/>
        <source>tệp đang được mở để sửa ở nơi khác</source>
        <translation>the file is open for editing elsewhere</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="162"/>
        <source>không tạo được tệp khóa trong thư mục</source>
        <translation>no lock file could be created in the folder</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="173"/>
        <source>Chỉ đọc: %s.</source>
        <translation>Read-only: %s.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="176"/>
        <source>Đã dọn các tệp tạm của một lần lưu bị gián đoạn.</source>
        <translation>Cleaned up the temporary files of an interrupted save.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="195"/>
        <source>Có bản khôi phục</source>
        <translation>Recovery copy found</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="197"/>
        <source>Có công việc chưa lưu của tệp này từ lần Bienban không đóng bình thường (lưu tự động lúc %s, %d thay đổi). Khôi phục ngay? Nếu không, bản khôi phục được giữ lại.</source>
        <translation>There is unsaved work on this file from when Bienban did not close properly (autosaved at %s, %d changes). Restore it now? If not, the recovery copy is kept.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="210"/>
        <source>tệp được bảo vệ chống ghi</source>
        <translation>the file is write-protected</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="212"/>
        <source>thư mục chứa tệp không cho phép ghi</source>
        <translation>the file’s folder does not allow writing</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="218"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="223"/>
        <location filename="../../gui/qt/filecontroller.py" line="231"/>
        <source>tiến trình %d trên máy %s</source>
        <translation>process %d on computer %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="225"/>
        <source>«%s» đang được mở để sửa bởi %s (từ %s).

Mở chỉ để đọc (lưu thành tệp khác), hoặc hủy?</source>
        <translation>“%s” is open for editing by %s (since %s).

Open it read-only (and save under a different name), or cancel?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="228"/>
        <source>Tệp đang được mở</source>
        <translation>File already open</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="233"/>
        <source>không rõ ai (tệp khóa rỗng hoặc hỏng)</source>
        <translation>an unknown user (the lock file is empty or damaged)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="236"/>
        <source>Tệp có thể đang được mở</source>
        <translation>The file may be open elsewhere</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="238"/>
        <source>«%s» có tệp khóa của %s, ghi lúc %s.

Nếu máy đó đã tắt hoặc chương trình đã thoát bất thường, bạn có thể vẫn mở để sửa. Nếu người đó vẫn đang sửa, hai bản sẽ ghi đè nhau.</source>
        <translation>“%s” has a lock file from %s, written at %s.

If that computer has been shut down or the program quit unexpectedly, you can still open it for editing. If that person is still editing, the two versions will overwrite each other.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="282"/>
        <source>Lưu biên bản</source>
        <translation>Save record</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="302"/>
        <source>Đã thêm «%s» vào thư viện.</source>
        <translation>“%s” added to the library.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="311"/>
        <location filename="../../gui/qt/filecontroller.py" line="336"/>
        <location filename="../../gui/qt/filecontroller.py" line="345"/>
        <source>Không lưu được tệp</source>
        <translation>Could not save the file</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="312"/>
        <source>«%s» được bảo vệ chống ghi; hãy lưu thành tệp khác.</source>
        <translation>“%s” is write-protected; save it under a different name.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="319"/>
        <location filename="../../gui/qt/filecontroller.py" line="368"/>
        <source>Tệp đã thay đổi trên đĩa</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="321"/>
        <source>«%s» đã được thay đổi từ bên ngoài sau khi bạn mở. Ghi đè phiên bản đó bằng bản của bạn?</source>
        <translation>“%s” was changed outside Bienban after you opened it. Overwrite that version with yours?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="337"/>
        <source>«%s» đang được mở bởi người khác; hãy lưu thành tệp khác.</source>
        <translation>“%s” is open by someone else; save it under a different name.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="355"/>
        <source>Đã lưu %s</source>
        <translation>Saved %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="364"/>
        <source>«%s» đã bị xóa hoặc đổi tên trên đĩa; bản đang mở vẫn còn.</source>
        <translation>“%s” was deleted or renamed on disk; the open version is still here.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="370"/>
        <source>«%s» vừa được thay đổi bởi chương trình hoặc người khác.

Tải lại phiên bản trên đĩa%s, hoặc giữ bản đang mở?</source>
        <translation>“%s” has just been changed by another program or person.

Reload the version on disk%s, or keep the open version?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="375"/>
        <source> (mất các thay đổi chưa lưu của bạn)</source>
        <translation> (losing your unsaved changes)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="384"/>
        <source>Không tải lại được tệp</source>
        <translation>Could not reload the file</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="391"/>
        <source>Không ghi được bản khôi phục (tự động lưu): %s</source>
        <translation>Could not write the recovery copy (autosave): %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="422"/>
        <source>Bản khôi phục cũ hơn tệp %s đã lưu: mở như văn bản mới (chưa đặt tên)</source>
        <translation>The recovery copy is older than the saved file %s: opened as a new (untitled) document</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="435"/>
        <source>Tệp không tồn tại.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="436"/>
        <source>Đây không phải là một tệp thông thường.</source>
        <translation>This is not a regular file.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="437"/>
        <source>Không đọc được tệp.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="438"/>
        <source>Tệp quá lớn.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="439"/>
        <source>Tệp không phải văn bản UTF-8.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="440"/>
        <source>Tệp không phải là biên bản của Bienban (không đúng JSON).</source>
        <translation>The file is not a Bienban meeting record (invalid JSON).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="441"/>
        <source>Nội dung tệp không hợp lệ.</source>
        <translation>The file’s content is invalid.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="442"/>
        <source>Tệp được tạo bởi phiên bản Bienban mới hơn.</source>
        <translation>The file was created by a newer version of Bienban.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="443"/>
        <source>Ghi tệp thất bại; tệp cũ trên đĩa vẫn nguyên vẹn.</source>
        <translation>Writing the file failed; the existing file on disk is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="445"/>
        <source>Trường: %s</source>
        <translation>Field: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="449"/>
        <source>Chi tiết: %s</source>
        <translation>Details: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="462"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="466"/>
        <source>Tự động lưu</source>
        <translation>Autosave</translation>
    </message>
    <message>
        <location filename="../../gui/qt/filecontroller.py" line="467"/>
        <source>Ghi công việc chưa lưu vào bản khôi phục sau mỗi (giây):</source>
        <translation>Write unsaved work to a recovery copy every (seconds):</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="478"/>
        <source>Sửa ô bảng</source>
        <translation>Edit table cell</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="496"/>
        <source>Thêm dòng bảng</source>
        <translation>Add table row</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="503"/>
        <source>Xóa dòng bảng</source>
        <translation>Delete table row</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="510"/>
        <source>Thêm cột bảng</source>
        <translation>Add table column</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="519"/>
        <source>Xóa cột bảng</source>
        <translation>Delete table column</translation>
    </message>
</context>
<context>
    <name>HeaderSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="61"/>
        <location filename="../../gui/qt/sections.py" line="64"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="69"/>
        <location filename="../../gui/qt/sections.py" line="72"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="65"/>
        <source>vd. UBND tỉnh Quảng Ninh (nếu có); đầu văn bản tự in hoa</source>
        <translation>e.g. UBND tỉnh Quảng Ninh (if any); the heading prints it in capitals</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="73"/>
        <source>vd. Ban Quản lý Khu kinh tế; đầu văn bản tự in hoa</source>
        <translation>e.g. Ban Quản lý Khu kinh tế; the heading prints it in capitals</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="77"/>
        <location filename="../../gui/qt/sections.py" line="79"/>
        <source>Chữ viết tắt cơ quan</source>
        <translation>Agency abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="79"/>
        <source>vd. BQLKKT</source>
        <translation>e.g. BQLKKT</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="83"/>
        <location filename="../../gui/qt/sections.py" line="85"/>
        <source>Loại văn bản (viết tắt)</source>
        <translation>Document type (abbreviation)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="85"/>
        <source>TB (thông báo)</source>
        <translation>TB (notice)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="88"/>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="90"/>
        <location filename="../../gui/qt/sections.py" line="91"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="91"/>
        <source>vd. Quảng Ninh</source>
        <translation>e.g. Quảng Ninh</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="94"/>
        <location filename="../../gui/qt/sections.py" line="97"/>
        <source>Ngày ban hành</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="102"/>
        <location filename="../../gui/qt/sections.py" line="105"/>
        <source>Trích yếu</source>
        <translation>Summary (trích yếu)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="102"/>
        <source>Kết luận của … tại cuộc họp …</source>
        <translation>Conclusions of … at the meeting …</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="111"/>
        <source>Chọn ảnh…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="112"/>
        <source>Xoá</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="136"/>
        <source>Chọn ảnh PNG nền trong suốt</source>
        <translation>Choose a PNG image with a transparent background</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="161"/>
        <source>(chưa có ảnh)</source>
        <translation>(no image)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../gui/qt/importing.py" line="15"/>
        <source>Không thấy tên loại THÔNG BÁO hay BIÊN BẢN: nhập toàn bộ thành các đoạn</source>
        <translation>No THÔNG BÁO or BIÊN BẢN title found: everything imported as paragraphs</translation>
    </message>
    <message>
        <location filename="../../gui/qt/importing.py" line="18"/>
        <source>Không thấy quốc hiệu: văn bản không theo thể thức Nghị định 30</source>
        <translation>No national title (quốc hiệu) found: the document does not follow the Decree 30 layout</translation>
    </message>
    <message>
        <location filename="../../gui/qt/importing.py" line="21"/>
        <source>Dòng ở phần đầu không nhận ra, đưa vào nội dung</source>
        <translation>Header line not recognised, moved into the content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/importing.py" line="22"/>
        <source>Không thấy dấu kết thúc ./.: nơi nhận và chữ ký có thể nằm trong nội dung</source>
        <translation>No ./. end mark found: the recipients and signature may be in the content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/importing.py" line="25"/>
        <source>Dòng sau nội dung không phải nơi nhận hay chữ ký, giữ làm câu kết</source>
        <translation>Line after the content is neither a recipient nor a signature, kept as the closing sentence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/importing.py" line="28"/>
        <source>Số thứ tự đề mục khác vị trí của nó; đã đánh số lại</source>
        <translation>Section number does not match its position; renumbered</translation>
    </message>
    <message>
        <location filename="../../gui/qt/importing.py" line="29"/>
        <source>Thời hạn viết khác các nhiệm vụ khác, giữ nguyên trong câu</source>
        <translation>Deadline worded unlike the other tasks, kept in the sentence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/importing.py" line="32"/>
        <source>Dòng trong Thành phần không nhận ra là một người, giữ làm đoạn văn</source>
        <translation>Line under Attendees not recognised as a person, kept as a paragraph</translation>
    </message>
    <message>
        <location filename="../../gui/qt/importing.py" line="35"/>
        <source>Chức danh người ký không theo mẫu TM./KT./TL./…, giữ nguyên như văn bản</source>
        <translation>Signatory title does not follow the TM./KT./TL./… pattern, kept as in the document</translation>
    </message>
    <message>
        <location filename="../../gui/qt/importing.py" line="38"/>
        <source>Văn bản thuần: các ô bảng được nhập thành đoạn văn</source>
        <translation>Plain text: table cells imported as paragraphs</translation>
    </message>
    <message>
        <location filename="../../gui/qt/importing.py" line="49"/>
        <source>Một số phần của văn bản chưa nhận ra; chúng được giữ nguyên thành đoạn văn:</source>
        <translation>Some parts of the document were not recognised; they were kept as paragraphs:</translation>
    </message>
</context>
<context>
    <name>IssueGuard</name>
    <message>
        <location filename="../../gui/qt/issueguard.py" line="54"/>
        <source>Đã ký số, phát hành: %s (SHA-256 %s…)</source>
        <translation>Digitally signed and issued: %s (SHA-256 %s…)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/issueguard.py" line="59"/>
        <source>; phụ lục: %s</source>
        <translation>; annexes: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/issueguard.py" line="74"/>
        <source>Ký số</source>
        <translation>Sign digitally</translation>
    </message>
    <message>
        <location filename="../../gui/qt/issueguard.py" line="88"/>
        <source>Văn bản đã ký số</source>
        <translation>Digitally signed document</translation>
    </message>
    <message>
        <location filename="../../gui/qt/issueguard.py" line="90"/>
        <source>Văn bản này đã được ký số và phát hành (tệp %s). Sửa sẽ tạo phiên bản mới; tệp đã ký được giữ nguyên. Tiếp tục sửa?</source>
        <translation>This document has been digitally signed and issued (file %s). Editing it starts a new version; the signed file is kept unchanged. Continue editing?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/issueguard.py" line="95"/>
        <source>Phiên bản mới sau khi ký số</source>
        <translation>New version after digital signing</translation>
    </message>
</context>
<context>
    <name>KeyChooser</name>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="184"/>
        <source>Tệp khoá PKCS#12 (.p12, .pfx)</source>
        <translation>PKCS#12 key file (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="185"/>
        <source>Thiết bị ký số PKCS#11 (USB token)</source>
        <translation>PKCS#11 signing device (USB token)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="191"/>
        <source>Tệp PKCS#12</source>
        <translation>PKCS#12 file</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="192"/>
        <location filename="../../gui/qt/signdialog.py" line="197"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="195"/>
        <location filename="../../gui/qt/signdialog.py" line="235"/>
        <source>Thư viện PKCS#11</source>
        <translation>PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="200"/>
        <source>Tên thiết bị (token label)</source>
        <translation>Device name (token label)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="202"/>
        <source>Tên khoá (key label)</source>
        <translation>Key name (key label)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="205"/>
        <location filename="../../gui/qt/signdialog.py" line="219"/>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="211"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="216"/>
        <source>Thư viện</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="217"/>
        <source>Thiết bị</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="218"/>
        <source>Khoá</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="230"/>
        <source>Tệp khoá</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="230"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="235"/>
        <source>Thư viện (*.so *.dll)</source>
        <translation>Libraries (*.so *.dll)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="242"/>
        <source>chưa chọn tệp khoá</source>
        <translation>no key file chosen</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="244"/>
        <source>chưa nhập đủ thư viện, thiết bị và khoá</source>
        <translation>the library, device and key are not all filled in</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../gui/qt/models.py" line="434"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="435"/>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="436"/>
        <source>Vắng có lý do</source>
        <translation>Absent (excused)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="443"/>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="444"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="445"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../gui/qt/library.py" line="306"/>
        <source>Không lập được chỉ mục thư mục lưu trữ: %s</source>
        <translation>Could not index the library folder: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/library.py" line="445"/>
        <source>«%s» đang mở không còn nhiệm vụ này; chưa ghi được.</source>
        <translation>The open «%s» no longer has this task; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/library.py" line="452"/>
        <source>Văn bản đang mở có thay đổi chưa lưu</source>
        <translation>The open document has unsaved changes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/library.py" line="454"/>
        <source>«%s» đang mở và có thay đổi chưa lưu. Ghi tình trạng nhiệm vụ vào tệp sẽ lưu cả các thay đổi đó. Lưu văn bản?</source>
        <translation>«%s» is open and has unsaved changes. Writing the task&apos;s status to the file saves those changes too. Save the document?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/library.py" line="473"/>
        <source>«%s» đang được mở để sửa (%s); chưa ghi được.</source>
        <translation>“%s” is open for editing (%s); the change could not be written.</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="106"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="235"/>
        <source>Sửa «%s»</source>
        <translation>Edit “%s”</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="272"/>
        <location filename="../../gui/qt/models.py" line="297"/>
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="282"/>
        <source>Chuyển dòng</source>
        <translation>Move row</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="217"/>
        <source>Đầu văn bản</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="218"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="219"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="220"/>
        <source>Chỉ đạo</source>
        <translation>Directions</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="221"/>
        <source>Kết thúc</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="163"/>
        <location filename="../../gui/qt/mainwindow.py" line="378"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="402"/>
        <source>(ký trực tiếp)</source>
        <translation>(signing directly)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="403"/>
        <source>TM. — thay mặt tập thể</source>
        <translation>TM. — on behalf of the collective</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="404"/>
        <source>KT. — ký thay người đứng đầu</source>
        <translation>KT. — signing for the head</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="405"/>
        <source>TL. — thừa lệnh</source>
        <translation>TL. — by order of</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="406"/>
        <source>TUQ. — thừa ủy quyền</source>
        <translation>TUQ. — by delegation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="407"/>
        <source>Q. — quyền</source>
        <translation>Q. — acting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="408"/>
        <source>TL. … / KT. … — thừa lệnh, cấp phó ký thay</source>
        <translation>TL. … / KT. … — by order of, deputy signing for the head</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="409"/>
        <source>TM. … / KT. … — thay mặt tập thể, cấp phó ký thay</source>
        <translation>TM. … / KT. … — on behalf of the collective, deputy signing for the head</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="422"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="444"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="447"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="449"/>
        <source>Khung &amp;xem trước</source>
        <translation>&amp;Preview pane</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="696"/>
        <source>«%s»: «%s» không dùng được: %s Văn bản vẫn giữ «%s».</source>
        <translation>“%s”: “%s” cannot be used: %s The document keeps “%s”.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="698"/>
        <source>«%s»: «%s» không dùng được: %s Văn bản để trống ô này.</source>
        <translation>“%s”: “%s” cannot be used: %s The document leaves this field empty.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="701"/>
        <source>Có ô chưa dùng được</source>
        <translation>A field cannot be used</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="333"/>
        <source>Khung &amp;kiểm tra</source>
        <translation>&amp;Checks pane</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="457"/>
        <source>&amp;Hồ sơ</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="461"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="465"/>
        <source>Theo &amp;dõi</source>
        <translation>&amp;Tracking</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="471"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="548"/>
        <source>Chưa đặt tên</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="551"/>
        <source>[chỉ đọc]</source>
        <translation>[read-only]</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="554"/>
        <source>[đã ký số %s]</source>
        <translation>[digitally signed %s]</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="703"/>
        <source>Vẫn tiếp tục</source>
        <translation>Continue anyway</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="704"/>
        <source>Sửa lại</source>
        <translation>Correct it</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="760"/>
        <source>Đã làm lại: %s</source>
        <translation>Redone: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="760"/>
        <source>Đã hoàn tác: %s</source>
        <translation>Undone: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="874"/>
        <source>Giới thiệu Bienban</source>
        <translation>About Bienban</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="876"/>
        <source>Bienban %s — soạn thông báo kết luận và biên bản cuộc họp theo Nghị định 30/2020/NĐ-CP.</source>
        <translation>Bienban %s — drafting conclusion notices and meeting minutes in accordance with Decree 30/2020/NĐ-CP.</translation>
    </message>
</context>
<context>
    <name>MeetingSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="130"/>
        <source>Tên cuộc họp (tiếp sau chữ «cuộc họp»)</source>
        <translation>Meeting name (follows the words “cuộc họp”)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="131"/>
        <source>vd. giao ban Quý III/2017</source>
        <translation>e.g. giao ban Quý III/2017</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="135"/>
        <source>In ra sau chữ «cuộc họp», vd. «… chủ trì cuộc họp giao ban Quý III/2017»: không gõ lại chữ «cuộc họp».</source>
        <translation>Printed after the words “cuộc họp” (“… chủ trì cuộc họp giao ban Quý III/2017”): do not type “cuộc họp” again.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="140"/>
        <source>cuộc họp</source>
        <translation>cuộc họp</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="142"/>
        <source>Tên cuộc họp</source>
        <translation>Meeting name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="144"/>
        <location filename="../../gui/qt/sections.py" line="146"/>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="150"/>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="151"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="152"/>
        <source>Giờ kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="154"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="156"/>
        <location filename="../../gui/qt/sections.py" line="158"/>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="158"/>
        <source>vd. Hội trường tầng 3, trụ sở Ban</source>
        <translation>e.g. Hall, 3rd floor, Board headquarters</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="161"/>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="161"/>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="165"/>
        <source>họ tên</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="165"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="172"/>
        <source>chức vụ</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="173"/>
        <source>Chức vụ, vd. Trưởng ban</source>
        <translation>Position, e.g. Head of the Board</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="178"/>
        <source>Thành phần tham dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="179"/>
        <source>Thành phần tham dự và khách mời</source>
        <translation>Attendees and guests</translation>
    </message>
</context>
<context>
    <name>OpeningEditor</name>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="823"/>
        <location filename="../../gui/qt/blockeditors.py" line="828"/>
        <source>Cách nêu người chủ trì</source>
        <translation>How the chair is named</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="824"/>
        <source>đồng chí Họ tên - Chức vụ</source>
        <translation>đồng chí Họ tên - Chức vụ (Comrade Name - Position)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="825"/>
        <source>Chức vụ Họ tên</source>
        <translation>Chức vụ Họ tên (Position Name)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="831"/>
        <source>Nêu địa điểm («…, tại …, …»)</source>
        <translation>Mention the venue (“…, tại …, …”)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="834"/>
        <source>Nêu địa điểm</source>
        <translation>Mention the venue</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="840"/>
        <source>Chuyển thành văn bản</source>
        <translation>Convert to text</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="843"/>
        <source>Thay khối này bằng các đoạn văn có cùng nội dung, để sửa từng chữ</source>
        <translation>Replace this block with paragraphs of the same content, to edit word by word</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="846"/>
        <source>Sửa căn cứ ở Diễn biến, kết quả</source>
        <translation>Edit the grounds under Proceedings and results</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="849"/>
        <source>Người chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="851"/>
        <source>Câu mở đầu</source>
        <translation>Opening sentence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="870"/>
        <source>(chưa có ngày họp, người chủ trì)</source>
        <translation>(no meeting date or chair yet)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="892"/>
        <source>Chuyển câu mở đầu thành văn bản</source>
        <translation>Convert the opening sentence to text</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="142"/>
        <source>Bố cục biên bản</source>
        <translation>Outline of the minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="142"/>
        <source>Bố cục thông báo</source>
        <translation>Outline of the notice</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="147"/>
        <source>+ Mục</source>
        <translation>+ Section</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="147"/>
        <source>Thêm mục sau mục đang chọn (Ctrl+Ins)</source>
        <translation>Add a section after the selected one (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="151"/>
        <source>+ Mục con</source>
        <translation>+ Subsection</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="151"/>
        <source>Thêm mục con (Ctrl+Shift+Ins)</source>
        <translation>Add a subsection (Ctrl+Shift+Ins)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="163"/>
        <source>+ Khối</source>
        <translation>+ Block</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="163"/>
        <source>Thêm khối nội dung (Ctrl+B)</source>
        <translation>Add a content block (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="166"/>
        <source>Xóa mục hoặc khối (Ctrl+Del)</source>
        <translation>Delete section or block (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="169"/>
        <source>Chuyển lên (Ctrl+Shift+Up)</source>
        <translation>Move up (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="172"/>
        <source>Chuyển xuống (Ctrl+Shift+Down)</source>
        <translation>Move down (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="175"/>
        <source>Lùi ra một cấp (Ctrl+Shift+Left)</source>
        <translation>Outdent one level (Ctrl+Shift+Left)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="178"/>
        <source>Thụt vào một cấp (Ctrl+Shift+Right)</source>
        <translation>Indent one level (Ctrl+Shift+Right)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="205"/>
        <source>Chọn một mục hoặc khối trong bố cục để sửa.</source>
        <translation>Select a section or block in the outline to edit it.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlineeditor.py" line="239"/>
        <source>Xuất thành phụ lục…</source>
        <translation>Export as an annex…</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="53"/>
        <source>Đoạn văn</source>
        <translation>Paragraphs</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="54"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="55"/>
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="56"/>
        <source>Ý kiến phát biểu</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="57"/>
        <source>Câu mở đầu</source>
        <translation>Opening sentence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="58"/>
        <source>Thành phần tham dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="59"/>
        <source>Diễn biến cuộc họp (từ mục Nội dung)</source>
        <translation>Meeting proceedings (from Content)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="62"/>
        <source>Nhiệm vụ kỳ trước (từ mục Nội dung)</source>
        <translation>Previous meeting’s tasks (from Content)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="65"/>
        <source>Kết quả, hạn chế (từ mục Nội dung)</source>
        <translation>Results and shortcomings (from Content)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="68"/>
        <source>Chỉ đạo chung (từ mục Chỉ đạo)</source>
        <translation>General directions (from Directions)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="71"/>
        <source>Nhiệm vụ theo phòng, đơn vị (từ mục Chỉ đạo)</source>
        <translation>Tasks by department (from Directions)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="74"/>
        <source>Thời gian, địa điểm, thành phần (từ mục Cuộc họp)</source>
        <translation>Time, venue, attendees (from Meeting)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="77"/>
        <source>Kết luận (các mục của thông báo)</source>
        <translation>Conclusions (the notice’s sections)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="80"/>
        <source>Giờ kết thúc cuộc họp</source>
        <translation>Meeting end time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="87"/>
        <source>(không đánh số)</source>
        <translation>(no numbering)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="328"/>
        <source>Mục và khối nội dung</source>
        <translation>Sections and content blocks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="358"/>
        <source>(mục không tiêu đề)</source>
        <translation>(section without a heading)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="367"/>
        <source>(trống, không in)</source>
        <translation>(empty, not printed)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="396"/>
        <source>Sửa tiêu đề mục</source>
        <translation>Edit section heading</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="435"/>
        <source>%d nhiệm vụ</source>
        <translation>Tasks: %d</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="438"/>
        <source>%d dòng × %d cột</source>
        <translation>%d × %d (rows × columns)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="443"/>
        <source>%d ý kiến</source>
        <translation>Contributions: %d</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="502"/>
        <location filename="../../gui/qt/outlinemodel.py" line="504"/>
        <source>Thêm mục</source>
        <translation>Add section</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="513"/>
        <source>Thêm khối «%s»</source>
        <translation>Add “%s” block</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="539"/>
        <source>Xóa mục</source>
        <translation>Delete section</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="541"/>
        <source>Xóa khối</source>
        <translation>Delete block</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="554"/>
        <location filename="../../gui/qt/outlinemodel.py" line="556"/>
        <source>Chuyển mục</source>
        <translation>Move section</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="567"/>
        <source>Thụt vào</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="576"/>
        <source>Lùi ra</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../../gui/qt/outlinemodel.py" line="665"/>
        <source>Kéo thả mục</source>
        <translation>Drag and drop section</translation>
    </message>
</context>
<context>
    <name>ParagraphsEditor</name>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="237"/>
        <source>Mỗi dòng một đoạn</source>
        <translation>One paragraph per line</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="239"/>
        <source>Các đoạn văn (mỗi dòng một đoạn)</source>
        <translation>Paragraphs (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="244"/>
        <location filename="../../gui/qt/blockeditors.py" line="252"/>
        <location filename="../../gui/qt/blockeditors.py" line="258"/>
        <source>Gạch đầu dòng</source>
        <translation>Bullet</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="246"/>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="247"/>
        <source>«-» trước mỗi đoạn</source>
        <translation>“-” before each paragraph</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="248"/>
        <source>«+» trước mỗi đoạn</source>
        <translation>“+” before each paragraph</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="254"/>
        <source>In nghiêng (căn cứ)</source>
        <translation>Italic (grounds)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="256"/>
        <source>In nghiêng</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="276"/>
        <source>Đoạn văn</source>
        <translation>Paragraphs</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../gui/qt/preview.py" line="56"/>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="57"/>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="58"/>
        <source>Tin bài</source>
        <translation>News item</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="61"/>
        <source>Loại văn bản xem trước</source>
        <translation>Document type to preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="64"/>
        <source>Trang in</source>
        <translation>Printed pages</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="65"/>
        <source>Văn bản thuần</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="66"/>
        <source>Cách xem trước</source>
        <translation>Preview mode</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="71"/>
        <source>Xem trước văn bản</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="128"/>
        <source>Xem trước trang in</source>
        <translation>Preview of printed pages</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="85"/>
        <source>Xem trước:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="216"/>
        <source>Xem trước %d trang đầu; toàn bộ văn bản: Tệp → Xem trước khi in.</source>
        <translation>Previewing the first %d pages; the whole document: File → Print Preview.</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <location filename="../../gui/qt/profilecontroller.py" line="55"/>
        <source>Không mở được hồ sơ</source>
        <translation>Could not open the profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profilecontroller.py" line="62"/>
        <source>Hồ sơ cơ quan: %s</source>
        <translation>Agency profile: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profilecontroller.py" line="103"/>
        <source>Không lưu được hồ sơ</source>
        <translation>Could not save the profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profilecontroller.py" line="111"/>
        <source>Mở hồ sơ cơ quan</source>
        <translation>Open agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profilecontroller.py" line="113"/>
        <source>Hồ sơ cơ quan (*%s);;Mọi tệp (*)</source>
        <translation>Agency profiles (*%s);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="37"/>
        <source>Hồ sơ cơ quan</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="55"/>
        <source>Tên hồ sơ</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="56"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="57"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="60"/>
        <source>vd. UBND tỉnh Quảng Ninh (nếu có); đầu văn bản tự in hoa</source>
        <translation>e.g. UBND tỉnh Quảng Ninh (if any); the heading prints it in capitals</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="63"/>
        <source>vd. Ban Quản lý Khu kinh tế; đầu văn bản tự in hoa</source>
        <translation>e.g. Ban Quản lý Khu kinh tế; the heading prints it in capitals</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="65"/>
        <source>Chữ viết tắt cơ quan</source>
        <translation>Agency abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="66"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="67"/>
        <source>Phòng, đơn vị (mỗi dòng một)</source>
        <translation>Departments (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="74"/>
        <location filename="../../gui/qt/profiledialog.py" line="75"/>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="76"/>
        <source>Ký thay / thừa lệnh cho</source>
        <translation>Signing for / by order of</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="77"/>
        <source>Cấp trung gian (… / KT. …)</source>
        <translation>Intermediate level (… / KT. …)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="78"/>
        <source>Chức vụ người ký</source>
        <translation>Signatory’s position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="79"/>
        <source>Họ tên người ký</source>
        <translation>Signatory’s full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="80"/>
        <source>Nơi nhận (mỗi dòng một)</source>
        <translation>Recipients (Nơi nhận) (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="81"/>
        <source>Câu kết</source>
        <translation>Closing sentence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="82"/>
        <source>Ký hiệu người soạn thảo</source>
        <translation>Drafter’s abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="83"/>
        <source>Tiêu đề mục thường dùng (mỗi dòng một)</source>
        <translation>Usual section headings (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="85"/>
        <source>Hình ảnh ký số</source>
        <translation>Digital signature images</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="90"/>
        <source>Chữ ký của người ký</source>
        <translation>Signatory’s signature</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="92"/>
        <source>Chữ ký của người ký (PNG màu xanh, nền trong suốt)</source>
        <translation>Signatory’s signature (blue PNG, transparent background)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="95"/>
        <source>Dấu của cơ quan</source>
        <translation>Agency seal</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="96"/>
        <source>Dấu (PNG màu đỏ, nền trong suốt)</source>
        <translation>Seal (red PNG, transparent background)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="101"/>
        <source>theo độ phân giải của ảnh</source>
        <translation>from the image’s resolution</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="103"/>
        <source>Đường kính dấu</source>
        <translation>Seal diameter</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="104"/>
        <source>Kích thước thật của dấu</source>
        <translation>Actual size of the seal</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="575"/>
        <source>Phòng, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="576"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="577"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="578"/>
        <source>Hạn (diễn đạt)</source>
        <translation>Deadline (in words)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="579"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="580"/>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="581"/>
        <source>Kết quả, ghi chú</source>
        <translation>Results, notes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="588"/>
        <source>Thêm nhiệm vụ kỳ trước</source>
        <translation>Add task from the previous meeting</translation>
    </message>
</context>
<context>
    <name>RecordDelegate</name>
    <message>
        <location filename="../../gui/qt/tables.py" line="150"/>
        <source>Tab hay Enter lần nữa: bỏ chữ vừa gõ, ô giữ giá trị cũ.</source>
        <translation>Tab or Enter again: drop what was typed, the cell keeps its value.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="153"/>
        <source>Hạn bằng lời («cuối tháng 12», «thường xuyên»): ghi ở ô «Thời hạn (diễn đạt)» bên dưới.</source>
        <translation>A deadline in words (“end of December”, “ongoing”): write it in “Deadline (in words)” below.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="179"/>
        <location filename="../../gui/qt/blockeditors.py" line="216"/>
        <location filename="../../gui/qt/blockeditors.py" line="229"/>
        <source>Tiêu đề mục</source>
        <translation>Section heading</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="180"/>
        <source>để trống: mục không tiêu đề</source>
        <translation>empty: section without a heading</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="184"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="185"/>
        <source>Chọn tiêu đề thường dùng</source>
        <translation>Choose a usual heading</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="192"/>
        <location filename="../../gui/qt/blockeditors.py" line="201"/>
        <location filename="../../gui/qt/blockeditors.py" line="219"/>
        <source>Đánh số</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="200"/>
        <source>Tiêu đề</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="204"/>
        <source>Số được tính tự động. Mục «-» hoặc «+» có tiêu đề in nghiêng (vd. «- Về …:»). Mục không có gì để in được bỏ qua.</source>
        <translation>Numbers are worked out automatically. A “-” or “+” section has an italic heading (e.g. “- Về …:”). A section with nothing to print is left out.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="314"/>
        <source>Ký số văn bản</source>
        <translation>Digitally sign the document</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="321"/>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="322"/>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="323"/>
        <source>Văn bản ký</source>
        <translation>Document to sign</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="327"/>
        <source>Ô chữ ký</source>
        <translation>Signature block</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="328"/>
        <source>Chữ ký số của người có thẩm quyền</source>
        <translation>Digital signature of the competent signatory</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="329"/>
        <source>Ký số của cơ quan, tổ chức (dấu) ngay sau</source>
        <translation>Add the agency’s digital signature (seal) right after</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="331"/>
        <source>Chữ ký số của cơ quan, tổ chức</source>
        <translation>Digital signature of the agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="333"/>
        <source>Ký cả phụ lục (tệp riêng):</source>
        <translation>Also sign an annex (separate file):</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="335"/>
        <source>Nội dung phụ lục</source>
        <translation>Annex content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="358"/>
        <source>Ký số</source>
        <translation>Sign digitally</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="365"/>
        <source>Ký vào ô:</source>
        <translation>Sign in block:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="377"/>
        <source>Vị trí chữ ký và dấu trên văn bản:</source>
        <translation>Position of the signature and seal on the document:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="424"/>
        <source>(đã ký)</source>
        <translation>(signed)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="428"/>
        <source>Chỉ ký số của cơ quan, tổ chức (dấu)</source>
        <translation>The agency&apos;s signature only (seal)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="438"/>
        <source>Các nhiệm vụ của cuộc họp</source>
        <translation>The meeting&apos;s tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="440"/>
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="440"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="471"/>
        <source>Văn bản không có phần chữ ký.</source>
        <translation>The document has no signature section.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="482"/>
        <source>Hồ sơ cơ quan chưa có ảnh chữ ký của «%s»: chữ ký số không có hình ảnh.</source>
        <translation>The agency profile has no signature image for “%s”: the digital signature will have no image.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="486"/>
        <source>Hồ sơ cơ quan chưa có ảnh dấu: chữ ký số cơ quan không có hình.</source>
        <translation>The agency profile has no seal image: the agency’s digital signature will have no image.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="509"/>
        <source>Tệp đã ký: %s</source>
        <translation>Signed file: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="517"/>
        <source>Văn bản đã có chữ ký số của cơ quan: sửa văn bản để tạo phiên bản mới.</source>
        <translation>The agency has already signed this document: edit it to make a new version.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="519"/>
        <source>Ô chữ ký này đã được ký.</source>
        <translation>This signature block is already signed.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="524"/>
        <source>Cơ quan, tổ chức ký số sau người ký ở ô %d.</source>
        <translation>The agency signs after the signer in block %d.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="535"/>
        <source>Chưa ký được: %s.</source>
        <translation>Could not sign: %s.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="542"/>
        <source>Chưa ký được: văn bản chưa có số, chữ ký số trên phụ lục ghi số đó.</source>
        <translation>Cannot sign yet: the document has no number, and the annex&apos;s digital signature shows it.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="549"/>
        <source>Chưa ký được phụ lục: %s</source>
        <translation>Could not sign the annex: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="566"/>
        <location filename="../../gui/qt/signdialog.py" line="569"/>
        <source>Chưa ký được: %s</source>
        <translation>Could not sign: %s</translation>
    </message>
</context>
<context>
    <name>SignImages</name>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="70"/>
        <source>Không phải tệp PNG.</source>
        <translation>Not a PNG file.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="71"/>
        <source>Không đọc được ảnh.</source>
        <translation>The image could not be read.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="72"/>
        <source>Ảnh không có nền trong suốt.</source>
        <translation>The image has no transparent background.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="75"/>
        <source>Ảnh trống (trong suốt hoàn toàn).</source>
        <translation>The image is empty (fully transparent).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="78"/>
        <source>Cảnh báo: chữ ký không phải màu xanh.</source>
        <translation>Warning: the signature is not blue.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="81"/>
        <source>Cảnh báo: dấu không phải màu đỏ.</source>
        <translation>Warning: the seal is not red.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/signdialog.py" line="84"/>
        <source>Cảnh báo: ảnh dấu không ghi độ phân giải; kích thước dấu lấy theo số mm đã nhập.</source>
        <translation>Warning: the seal image records no resolution; the seal’s size is taken from the millimetres entered.</translation>
    </message>
</context>
<context>
    <name>SignaturesModel</name>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="66"/>
        <source>Chức danh (mỗi dòng một dòng in)</source>
        <translation>Title (each line prints as one line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="66"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="69"/>
        <source>Thêm người ký</source>
        <translation>Add signatory</translation>
    </message>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="98"/>
        <source>Người ký mặc định</source>
        <translation>Default signatories</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="667"/>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="667"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="670"/>
        <source>Thêm ý kiến</source>
        <translation>Add contribution</translation>
    </message>
</context>
<context>
    <name>SpeechesEditor</name>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="691"/>
        <source>Ý kiến phát biểu</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="693"/>
        <source>Nội dung phát biểu, mỗi dòng một đoạn</source>
        <translation>What was said, one paragraph per line</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="695"/>
        <location filename="../../gui/qt/blockeditors.py" line="728"/>
        <source>Nội dung phát biểu</source>
        <translation>Contribution text</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="702"/>
        <source>Nội dung của ý kiến đang chọn (mỗi dòng một đoạn)</source>
        <translation>Text of the selected contribution (one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="728"/>
        <source>Sửa «%s»</source>
        <translation>Edit “%s”</translation>
    </message>
</context>
<context>
    <name>TableBlockEditor</name>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="569"/>
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="580"/>
        <location filename="../../gui/qt/blockeditors.py" line="583"/>
        <source>Số dòng tiêu đề</source>
        <translation>Number of header rows</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="587"/>
        <source>+ Dòng</source>
        <translation>+ Row</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="587"/>
        <source>Thêm dòng (Ctrl+Ins)</source>
        <translation>Add row (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="590"/>
        <source>− Dòng</source>
        <translation>− Row</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="590"/>
        <source>Xóa dòng (Ctrl+Del)</source>
        <translation>Delete row (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="593"/>
        <source>+ Cột</source>
        <translation>+ Column</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="594"/>
        <source>Thêm cột (Ctrl+Shift+Ins)</source>
        <translation>Add column (Ctrl+Shift+Ins)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="599"/>
        <source>− Cột</source>
        <translation>− Column</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="600"/>
        <source>Xóa cột (Ctrl+Shift+Del)</source>
        <translation>Delete column (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="612"/>
        <source>Dòng tiêu đề</source>
        <translation>Header rows</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../gui/qt/tables.py" line="280"/>
        <source>Thêm dòng (Ctrl+Ins)</source>
        <translation>Add row (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="283"/>
        <source>Xóa dòng (Ctrl+Del)</source>
        <translation>Delete row (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="286"/>
        <source>Chuyển lên (Ctrl+Shift+Up)</source>
        <translation>Move up (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="290"/>
        <source>Chuyển xuống (Ctrl+Shift+Down)</source>
        <translation>Move down (Ctrl+Shift+Down)</translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <location filename="../../gui/qt/taskeditor.py" line="105"/>
        <source>Nội dung nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/qt/taskeditor.py" line="105"/>
        <source>Giao … chủ trì, phối hợp …</source>
        <translation>Assign … to lead, with …</translation>
    </message>
    <message>
        <location filename="../../gui/qt/taskeditor.py" line="106"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../gui/qt/taskeditor.py" line="106"/>
        <source>đơn vị chủ trì thực hiện</source>
        <translation>the unit in charge</translation>
    </message>
    <message>
        <location filename="../../gui/qt/taskeditor.py" line="107"/>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../gui/qt/taskeditor.py" line="107"/>
        <source>các đơn vị phối hợp</source>
        <translation>the units assisting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/taskeditor.py" line="108"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/taskeditor.py" line="110"/>
        <source>Thời hạn (diễn đạt)</source>
        <translation>Deadline (in words)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/taskeditor.py" line="111"/>
        <source>hoặc bằng lời, vd. trước ngày 15/12, thường xuyên</source>
        <translation>or in words, e.g. before 15/12, ongoing</translation>
    </message>
    <message>
        <location filename="../../gui/qt/taskeditor.py" line="113"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/taskeditor.py" line="114"/>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/taskeditor.py" line="115"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/taskeditor.py" line="154"/>
        <source>Sửa «%s»</source>
        <translation>Edit “%s”</translation>
    </message>
</context>
<context>
    <name>TasksEditor</name>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="364"/>
        <source>Nhiệm vụ của khối</source>
        <translation>Tasks of the block</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="370"/>
        <source>Nhóm theo phòng, đơn vị</source>
        <translation>Group by department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="373"/>
        <source>Nhóm theo phòng</source>
        <translation>Group by department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/blockeditors.py" line="375"/>
        <source>Mỗi nhiệm vụ in đúng câu đã viết (kể cả chủ ngữ) và được theo dõi.</source>
        <translation>Each task prints exactly the sentence written (subject included) and is tracked.</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="508"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="509"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="510"/>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="511"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="512"/>
        <source>Hạn (diễn đạt)</source>
        <translation>Deadline (in words)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="513"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="514"/>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="515"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="522"/>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
</context>
<context>
    <name>TrackedTasksModel</name>
    <message>
        <location filename="../../gui/qt/tracking.py" line="242"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="243"/>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="244"/>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="245"/>
        <source>Phòng, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="246"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="247"/>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="248"/>
        <source>Đơn vị phối hợp</source>
        <translation>Coordinating units</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="249"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="250"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="251"/>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="252"/>
        <source>Còn / quá (ngày)</source>
        <translation>Days left / overdue</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="195"/>
        <source>quá hạn</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="197"/>
        <source>trễ hạn</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="212"/>
        <source>quá %d</source>
        <translation>overdue by %d</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <location filename="../../gui/qt/tracking.py" line="86"/>
        <source>Hoàn thành đúng hạn</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="87"/>
        <source>Hoàn thành quá hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="88"/>
        <source>Đang thực hiện trong hạn</source>
        <translation>In progress, within deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="89"/>
        <source>Quá hạn chưa hoàn thành</source>
        <translation>Overdue, not done</translation>
    </message>
</context>
<context>
    <name>TrackingController</name>
    <message>
        <location filename="../../gui/qt/trackingcontroller.py" line="86"/>
        <source>Không cập nhật được nhiệm vụ</source>
        <translation>Could not update the task</translation>
    </message>
    <message>
        <location filename="../../gui/qt/trackingcontroller.py" line="92"/>
        <source>Xuất báo cáo vào thư mục</source>
        <translation>Export reports to folder</translation>
    </message>
    <message>
        <location filename="../../gui/qt/trackingcontroller.py" line="99"/>
        <source>Không xuất được báo cáo</source>
        <translation>Could not export the report</translation>
    </message>
    <message>
        <location filename="../../gui/qt/trackingcontroller.py" line="101"/>
        <source>Đã xuất %s</source>
        <translation>Exported %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/trackingcontroller.py" line="106"/>
        <source>Thư mục lưu trữ biên bản</source>
        <translation>Library folder for meeting records</translation>
    </message>
    <message>
        <location filename="../../gui/qt/trackingcontroller.py" line="155"/>
        <source>Lấy số văn bản</source>
        <translation>Take document number</translation>
    </message>
</context>
<context>
    <name>TrackingWidget</name>
    <message>
        <location filename="../../gui/qt/tracking.py" line="468"/>
        <source>Tìm (không cần dấu): vd. tien do</source>
        <translation>Search (accents optional): e.g. tien do</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="469"/>
        <source>Tìm nhiệm vụ</source>
        <translation>Search tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="472"/>
        <source>Lọc theo phòng, đơn vị</source>
        <translation>Filter by department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="474"/>
        <source>Lọc theo tình trạng</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="475"/>
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="478"/>
        <source>Chưa hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="480"/>
        <source>Lọc theo cuộc họp</source>
        <translation>Filter by meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="482"/>
        <source>Thời hạn từ ngày</source>
        <translation>Deadline from</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="484"/>
        <source>Thời hạn đến ngày</source>
        <translation>Deadline to</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="490"/>
        <source>Tìm, lọc</source>
        <translation>Search and filter</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="493"/>
        <source>Thời hạn từ</source>
        <translation>Deadline from</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="495"/>
        <location filename="../../gui/qt/tracking.py" line="573"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="498"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="513"/>
        <source>Danh sách nhiệm vụ</source>
        <translation>Task list</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="529"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="533"/>
        <source>Kỳ thống kê</source>
        <translation>Statistics period</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="535"/>
        <source>Toàn bộ</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="536"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="537"/>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="538"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="539"/>
        <source>Tùy chọn</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="543"/>
        <source>Từ ngày họp</source>
        <translation>From meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="545"/>
        <source>Đến ngày họp</source>
        <translation>To meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="547"/>
        <source>Thống kê theo phòng, đơn vị</source>
        <translation>Statistics by department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="551"/>
        <source>Phòng, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="552"/>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="553"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="554"/>
        <source>Xong, trễ hạn</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="555"/>
        <source>Trong hạn</source>
        <translation>Within deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="556"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="566"/>
        <source>Xuất Excel (XLSX)…</source>
        <translation>Export Excel (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="567"/>
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="569"/>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="571"/>
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="586"/>
        <source>Thống kê</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="590"/>
        <source>Tệp không đọc được</source>
        <translation>Unreadable files</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="591"/>
        <source>Tệp lỗi</source>
        <translation>File errors</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="597"/>
        <source>Tiến độ lập chỉ mục</source>
        <translation>Indexing progress</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="598"/>
        <source>Đang đọc các biên bản: %v/%m tệp</source>
        <translation>Reading meeting records: %v/%m files</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="599"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="600"/>
        <source>Dừng đọc; các nhiệm vụ đã đọc vẫn được liệt kê</source>
        <translation>Stop reading; the tasks read so far stay listed</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="610"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="689"/>
        <source>Mọi phòng, đơn vị</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="692"/>
        <source>Mọi cuộc họp</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="709"/>
        <source>%s — không đọc được (chi tiết: %s)</source>
        <translation>%s — cannot be read (details: %s)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="710"/>
        <source>Tệp lỗi (%d)</source>
        <translation>File errors (%d)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="717"/>
        <source>Đọc các biên bản (*.bienban.json) trong thư mục %s và các thư mục con.</source>
        <translation>Meeting records (*.bienban.json) are read from the folder %s and its subfolders.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="722"/>
        <source>Thư mục này chưa có: hãy lưu biên bản vào đó, hoặc chọn thư mục khác (Theo dõi → Chọn thư mục lưu trữ).</source>
        <translation>This folder does not exist yet: save meeting records into it, or choose another folder (Tracking → Choose library folder).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="733"/>
        <source>Đang đọc các biên bản…</source>
        <translation>Reading the meeting records…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="735"/>
        <source>Thư mục lưu trữ %s chưa có.</source>
        <translation>The library folder %s does not exist yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="738"/>
        <source>Không đọc được biên bản nào (xem thẻ Tệp lỗi).</source>
        <translation>No meeting record could be read (see the File errors tab).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="739"/>
        <source>Thư mục lưu trữ %s chưa có biên bản nào (*.bienban.json).</source>
        <translation>The library folder %s has no meeting records yet (*.bienban.json).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="741"/>
        <source>Không có nhiệm vụ nào khớp điều kiện tìm, lọc.</source>
        <translation>No task matches the search and filters.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="742"/>
        <source>Các biên bản trong thư mục lưu trữ chưa giao nhiệm vụ nào.</source>
        <translation>The meeting records in the library folder assign no tasks yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="804"/>
        <source>%d nhiệm vụ, %d quá hạn</source>
        <translation>Tasks: %d, overdue: %d</translation>
    </message>
</context>
<context>
    <name>TrackingWindow</name>
    <message>
        <location filename="../../gui/qt/tracking.py" line="918"/>
        <source>Sổ theo dõi nhiệm vụ — Bienban</source>
        <translation>Directive tracking book — Bienban</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="921"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="923"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="926"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="930"/>
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tracking.py" line="933"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TypedEdit</name>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="43"/>
        <source>Không hiểu ngày này. Gõ ngày/tháng/năm, vd. 14/10/2024, 14/10/24, 14102024 hoặc 14/10 (năm nay).</source>
        <translation>Not a date. Type day/month/year, e.g. 14/10/2024, 14/10/24, 14102024 or 14/10 (this year).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="48"/>
        <source>Ngày phải từ 1 đến 31.</source>
        <translation>The day must be 1 to 31.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="49"/>
        <source>Tháng phải từ 1 đến 12.</source>
        <translation>The month must be 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="50"/>
        <source>Tháng này không có ngày đó.</source>
        <translation>That month has no such day.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="53"/>
        <source>Năm phải từ %d đến %d.</source>
        <translation>The year must be %d to %d.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="57"/>
        <source>Không hiểu giờ này. Gõ vd. 8:00, 8h, 8h30, 14 giờ, 14g30.</source>
        <translation>Not a time. Type e.g. 8:00, 8h, 8h30, 14 giờ, 14g30.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="60"/>
        <source>Giờ phải từ 0 đến 23.</source>
        <translation>The hour must be 0 to 23.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="61"/>
        <source>Phút phải từ 0 đến 59.</source>
        <translation>The minutes must be 0 to 59.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="182"/>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="186"/>
        <source>Chọn ngày trên lịch (Alt+↓)</source>
        <translation>Pick a day on the calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="197"/>
        <source>Gõ ngày, vd. 14/10/2024, 14/10/24, 14102024, 14/10 (ngày 14/10 đầu tiên kể từ ngày họp) hoặc 1/7.</source>
        <translation>Type a date, e.g. 14/10/2024, 14/10/24, 14102024, 14/10 (the first 14 October from the meeting) or 1/7.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="202"/>
        <source>Gõ ngày, vd. 14/10/2024, 14/10/24, 14102024, 14/10 (năm nay) hoặc 1/7.</source>
        <translation>Type a date, e.g. 14/10/2024, 14/10/24, 14102024, 14/10 (this year) or 1/7.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="261"/>
        <source>Gõ ngày, vd. 14/10/2024, 14/10/24, 14102024, 14/10 (năm nay) hoặc 1/7; chỉ tháng và năm, vd. 4/2026, khi để trống ngày để ký sau.</source>
        <translation>Type a date, e.g. 14/10/2024, 14/10/24, 14102024, 14/10 (this year) or 1/7; only month and year, e.g. 4/2026, when the day is left blank to sign later.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="281"/>
        <source>giờ:phút</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="288"/>
        <source>Gõ giờ, vd. 8:00, 8h, 8h30, 14 giờ, 14g30.</source>
        <translation>Type a time, e.g. 8:00, 8h, 8h30, 14 giờ, 14g30.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dateedit.py" line="306"/>
        <source>Lịch</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>_Bound</name>
    <message>
        <location filename="../../gui/qt/docsettings.py" line="141"/>
        <source>Sửa «%s»</source>
        <translation>Edit “%s”</translation>
    </message>
</context>
<context>
    <name>_Pick</name>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="100"/>
        <source>Chọn «%s»</source>
        <translation>Choose “%s”</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../../gui/qt/library.py" line="565"/>
        <source>Cập nhật tình trạng nhiệm vụ</source>
        <translation>Update task status</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../gui/qt/library.py" line="461"/>
        <source>Cập nhật tình trạng nhiệm vụ</source>
        <translation>Update task status</translation>
    </message>
</context>
</TS>
